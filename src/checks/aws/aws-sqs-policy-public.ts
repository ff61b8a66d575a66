import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { publicActions, publicPrincipal } from '../iam/index.js';
import { needRawObject, rawPolicy } from './util.js';

/** The queue policy (`Attributes.Policy`) allows no principal "*" (everyone) without a source condition. */
export default defineCheck({
  id: 'aws-sqs-policy-public',
  title: 'SQS queue policies do not allow everyone',
  rationale:
    'A queue open to "*" lets anyone inject messages into your processing pipeline or read and delete the ones ' +
    'waiting. Grants to services such as SNS or S3 need aws:SourceArn or aws:SourceAccount.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['messaging.queue'],
  controls: ['IAM-03', 'DATA-03'],
  remediation:
    'Name the principals in the queue policy, or add a source condition to statements for services.',
  fix: {
    cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://policy-attribute.json',
  },
  evaluate(queue) {
    if (queue.service !== 'sqs') return notApplicable(`A ${queue.service} queue, not SQS.`);
    needRawObject(queue, 'Attributes');
    // Without a Policy attribute the queue has no resource policy.
    const policy = rawPolicy(queue, 'Attributes.Policy', true);
    const open = publicPrincipal(policy);
    return open.length > 0
      ? fail(`The queue policy allows everyone ${publicActions(policy).join(', ')}.`)
      : pass(policy.length === 0 ? 'The queue has no resource policy.' : 'No statement is open to everyone.');
  },
});
