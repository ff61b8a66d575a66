import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const policy = (statements: unknown[], managedBy = 'customer') =>
  aws('identity.policy', { statements, managedBy }, { service: 'iam' });
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export const cases: CheckCase[] = [
  {
    name: 'one key',
    expect: 'pass',
    resource: policy([{ effect: 'allow', actions: ['kms:Decrypt'], resources: [KEY] }]),
  },
  {
    name: 'all keys but only through S3',
    expect: 'pass',
    resource: policy([
      {
        effect: 'allow',
        actions: ['kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      },
    ]),
  },
  {
    name: 'kms:Decrypt on *',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['kms:Decrypt'], resources: ['*'] }]),
  },
  {
    name: 'kms:* on *',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['kms:*'], resources: ['*'] }]),
  },
  { name: 'AWS managed', expect: 'not_applicable', resource: policy([], 'provider') },
  { name: 'unknown', expect: 'error', resource: aws('identity.policy', { managedBy: 'customer' }) },
];
