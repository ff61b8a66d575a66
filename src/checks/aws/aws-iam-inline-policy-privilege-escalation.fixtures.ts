import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const user = (inlinePolicies: unknown[]) =>
  aws('identity.principal', { type: 'user', inlinePolicies }, { service: 'iam' });

export const cases: CheckCase[] = [
  {
    name: 'read-only',
    expect: 'pass',
    resource: user([[{ effect: 'allow', actions: ['s3:Get*', 's3:List*'], resources: ['*'] }]]),
  },
  {
    name: 'PassRole in one policy, lambda create and invoke in another',
    expect: 'fail',
    resource: user([
      [{ effect: 'allow', actions: ['iam:PassRole'], resources: ['*'] }],
      [{ effect: 'allow', actions: ['lambda:CreateFunction', 'lambda:InvokeFunction'], resources: ['*'] }],
    ]),
    message: 'Lambda',
  },
  {
    name: 'UpdateAssumeRolePolicy',
    expect: 'fail',
    resource: user([[{ effect: 'allow', actions: ['iam:UpdateAssumeRolePolicy'], resources: ['*'] }]]),
  },
  { name: 'no inline policies', expect: 'not_applicable', resource: user([]) },
  { name: 'unknown', expect: 'error', resource: aws('identity.principal', { type: 'user' }) },
];
