import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const user = (props: Record<string, unknown>) =>
  aws('identity.principal', { type: 'user', ...props }, { service: 'iam' });

export const cases: CheckCase[] = [
  {
    name: 'permissions only from groups',
    expect: 'pass',
    resource: user({ attachedPolicies: [], inlinePolicies: [], groups: ['devs'] }),
  },
  {
    name: 'managed policy attached to the user',
    expect: 'fail',
    resource: user({ attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], inlinePolicies: [] }),
  },
  {
    name: 'inline user policy',
    expect: 'fail',
    resource: user({
      attachedPolicies: [],
      inlinePolicies: [[{ effect: 'allow', actions: ['s3:GetObject'], resources: ['*'] }]],
    }),
  },
  {
    name: 'roles are covered by other checks',
    expect: 'not_applicable',
    resource: aws('identity.principal', { type: 'service-account' }),
  },
  {
    name: 'policies not listed',
    expect: 'error',
    resource: user({ inlinePolicies: [] }),
    message: 'attachedPolicies',
  },
];
