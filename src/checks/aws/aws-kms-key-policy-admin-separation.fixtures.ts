import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const key = (policy: unknown[] | undefined, managedBy = 'customer') =>
  aws('crypto.key', policy ? { policy, managedBy } : { managedBy }, { service: 'kms' });
const root = {
  effect: 'allow',
  principals: [`aws:arn:aws:iam::${ACCOUNT}:root`],
  actions: ['kms:*'],
  resources: ['*'],
};

export const cases: CheckCase[] = [
  {
    name: 'root plus separate admin and user statements',
    expect: 'pass',
    resource: key([
      root,
      {
        effect: 'allow',
        principals: [`aws:arn:aws:iam::${ACCOUNT}:role/key-admin`],
        actions: [
          'kms:Create*',
          'kms:Describe*',
          'kms:Enable*',
          'kms:Put*',
          'kms:Disable*',
          'kms:ScheduleKeyDeletion',
        ],
        resources: ['*'],
      },
      {
        effect: 'allow',
        principals: [`aws:arn:aws:iam::${ACCOUNT}:role/app`],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      },
    ]),
  },
  {
    name: 'an application role holds kms:*',
    expect: 'fail',
    resource: key([
      root,
      {
        effect: 'allow',
        principals: [`aws:arn:aws:iam::${ACCOUNT}:role/app`],
        actions: ['kms:*'],
        resources: ['*'],
      },
    ]),
    message: 'role/app',
  },
  { name: 'AWS managed', expect: 'not_applicable', resource: key([], 'provider') },
  { name: 'unknown policy', expect: 'error', resource: key(undefined) },
];
