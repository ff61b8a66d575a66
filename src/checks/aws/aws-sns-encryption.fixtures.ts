import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const topic = (attrs: Record<string, unknown> | undefined, service = 'sns') =>
  aws('messaging.topic', {}, { service, raw: attrs ? { Attributes: attrs } : {} });

export const cases: CheckCase[] = [
  {
    name: 'KMS',
    expect: 'pass',
    resource: topic({ TopicArn: 'arn:aws:sns:us-east-1:111122223333:t', KmsMasterKeyId: 'alias/aws/sns' }),
  },
  { name: 'plain', expect: 'fail', resource: topic({ TopicArn: 'arn:aws:sns:us-east-1:111122223333:t' }) },
  { name: 'EventBridge bus', expect: 'not_applicable', resource: topic({}, 'eventbridge') },
  { name: 'unknown', expect: 'error', resource: topic(undefined) },
];
