import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asBool, field, needRawObject } from './util.js';

/** SQS queues encrypt messages at rest: SSE-SQS or SSE-KMS (`get-queue-attributes` → `Attributes`). */
export default defineCheck({
  id: 'aws-sqs-encryption',
  title: 'SQS queues are encrypted at rest',
  rationale:
    'Messages often carry customer records and tokens in transit between services. Server-side encryption protects them while they wait in the queue.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['messaging.queue'],
  controls: ['EAR-01'],
  remediation: 'Enable SSE-SQS, or SSE-KMS with a customer managed key for sensitive queues.',
  fix: {
    cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes SqsManagedSseEnabled=true',
    terraform: 'resource "aws_sqs_queue" "this" {\n  sqs_managed_sse_enabled = true\n}',
  },
  evaluate(queue) {
    if (queue.service !== 'sqs') return notApplicable(`A ${queue.service} queue, not SQS.`);
    const attrs = needRawObject(queue, 'Attributes');
    const kms = field(attrs, 'KmsMasterKeyId');
    if (typeof kms === 'string' && kms !== '') return pass(`Encrypted with KMS key ${kms}.`);
    if (asBool(field(attrs, 'SqsManagedSseEnabled')) === true)
      return pass('Encrypted with SQS-managed keys (SSE-SQS).');
    return fail('The queue is not encrypted at rest.', [{ path: 'raw.Attributes', value: attrs }]);
  },
});
