import type { CheckCase } from '../testing.js';
import { aws, policyText } from './fixture-kit.js';

const Q = 'arn:aws:sqs:us-east-1:111122223333:jobs';
const queue = (attrs: Record<string, unknown> | undefined, service = 'sqs') =>
  aws('messaging.queue', {}, { service, raw: attrs ? { Attributes: attrs } : {} });

export const cases: CheckCase[] = [
  { name: 'no policy', expect: 'pass', resource: queue({ QueueArn: Q }) },
  {
    name: 'SNS topic of this account may send',
    expect: 'pass',
    resource: queue({
      Policy: policyText([
        {
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: Q,
          Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:events' } },
        },
      ]),
    }),
  },
  {
    name: 'anyone may send',
    expect: 'fail',
    resource: queue({
      Policy: policyText([{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: Q }]),
    }),
  },
  { name: 'not SQS', expect: 'not_applicable', resource: queue({}, 'mq') },
  { name: 'attributes missing', expect: 'error', resource: queue(undefined) },
  {
    name: 'policy text unreadable',
    expect: 'error',
    resource: queue({ Policy: '{not json' }),
    message: 'could not be read',
  },
];
