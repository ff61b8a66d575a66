import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws, policyText } from './fixture-kit.js';

const T = `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`;
const topic = (attrs: Record<string, unknown> | undefined, service = 'sns') =>
  aws('messaging.topic', {}, { service, raw: attrs ? { Attributes: attrs } : {} });
const defaultPolicy = policyText([
  {
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: ['SNS:Publish', 'SNS:Subscribe'],
    Resource: T,
    Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
  },
]);

export const cases: CheckCase[] = [
  {
    name: 'default policy (source owner)',
    expect: 'pass',
    resource: topic({ TopicArn: T, Policy: defaultPolicy }),
  },
  {
    name: 'anyone may subscribe',
    expect: 'fail',
    resource: topic({
      TopicArn: T,
      Policy: policyText([{ Effect: 'Allow', Principal: '*', Action: 'SNS:Subscribe', Resource: T }]),
    }),
  },
  { name: 'not SNS', expect: 'not_applicable', resource: topic({}, 'eventbridge') },
  { name: 'unknown', expect: 'error', resource: topic(undefined) },
];
