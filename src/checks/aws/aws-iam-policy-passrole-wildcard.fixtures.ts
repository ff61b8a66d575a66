import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const policy = (statements: unknown[], managedBy = 'customer') =>
  aws('identity.policy', { statements, managedBy }, { service: 'iam' });

export const cases: CheckCase[] = [
  {
    name: 'PassRole on one named role',
    expect: 'pass',
    resource: policy([
      { effect: 'allow', actions: ['iam:PassRole'], resources: ['arn:aws:iam::111122223333:role/app-task'] },
    ]),
  },
  {
    name: 'PassRole on *',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['iam:PassRole'], resources: ['*'] }]),
  },
  {
    name: 'iam:* on *',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['iam:*'], resources: ['*'] }]),
  },
  { name: 'AWS managed', expect: 'not_applicable', resource: policy([], 'provider') },
  { name: 'unknown document', expect: 'error', resource: aws('identity.policy', { managedBy: 'customer' }) },
];
