import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const key = (policy: unknown[] | undefined, managedBy = 'customer') =>
  aws('crypto.key', policy ? { policy, managedBy } : { managedBy }, { service: 'kms' });
const rootAdmin = {
  effect: 'allow',
  principals: [`aws:arn:aws:iam::${ACCOUNT}:root`],
  actions: ['kms:*'],
  resources: ['*'],
};

export const cases: CheckCase[] = [
  { name: 'default key policy', expect: 'pass', resource: key([rootAdmin]) },
  {
    name: 'anyone in this account through a caller-account condition',
    expect: 'pass',
    resource: key([
      {
        effect: 'allow',
        principals: ['*'],
        actions: ['kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'kms:CallerAccount': ACCOUNT } },
      },
    ]),
  },
  {
    name: 'decrypt for everyone',
    expect: 'fail',
    resource: key([
      rootAdmin,
      { effect: 'allow', principals: ['*'], actions: ['kms:Decrypt'], resources: ['*'] },
    ]),
  },
  { name: 'AWS managed key', expect: 'not_applicable', resource: key([], 'provider') },
  { name: 'key policy not readable', expect: 'error', resource: key(undefined) },
];
