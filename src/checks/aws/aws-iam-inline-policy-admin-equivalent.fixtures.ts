import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const role = (inlinePolicies: unknown[], name = 'app') =>
  aws(
    'identity.role',
    { inlinePolicies, attachedPolicies: [], trust: [] },
    { id: `arn:aws:iam::${ACCOUNT}:role/${name}`, service: 'iam' },
  );

export const cases: CheckCase[] = [
  {
    name: 'scoped inline policy',
    expect: 'pass',
    resource: role([
      [
        {
          effect: 'allow',
          actions: ['sqs:SendMessage'],
          resources: ['arn:aws:sqs:us-east-1:111122223333:jobs'],
        },
      ],
    ]),
  },
  {
    name: 'inline "*"',
    expect: 'fail',
    resource: role([[{ effect: 'allow', actions: ['*'], resources: ['*'] }]]),
  },
  {
    name: 'user with inline iam:*',
    expect: 'fail',
    resource: aws('identity.principal', {
      type: 'user',
      inlinePolicies: [[{ effect: 'allow', actions: ['iam:*'], resources: ['*'] }]],
    }),
  },
  { name: 'no inline policies', expect: 'not_applicable', resource: role([]) },
  {
    name: 'service-linked role',
    expect: 'not_applicable',
    resource: role([[{ effect: 'allow', actions: ['*'], resources: ['*'] }]], 'aws-service-role/x/y'),
  },
  { name: 'inline policies not listed', expect: 'error', resource: aws('identity.role', {}) },
];
