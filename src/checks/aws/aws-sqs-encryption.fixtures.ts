import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const queue = (attrs: Record<string, unknown> | undefined, service = 'sqs') =>
  aws(
    'messaging.queue',
    {},
    {
      service,
      raw: attrs ? { QueueUrl: 'https://sqs/q', Attributes: attrs } : { QueueUrl: 'https://sqs/q' },
    },
  );

export const cases: CheckCase[] = [
  { name: 'SSE-SQS', expect: 'pass', resource: queue({ SqsManagedSseEnabled: 'true' }) },
  { name: 'SSE-KMS', expect: 'pass', resource: queue({ KmsMasterKeyId: 'alias/app' }) },
  {
    name: 'unencrypted',
    expect: 'fail',
    resource: queue({ SqsManagedSseEnabled: 'false', VisibilityTimeout: '30' }),
  },
  { name: 'not SQS', expect: 'not_applicable', resource: queue({}, 'mq') },
  { name: 'attributes not collected', expect: 'error', resource: queue(undefined) },
];
