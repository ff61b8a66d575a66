import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const ADMINS = `arn:aws:iam::${ACCOUNT}:group/admins`;
const adminsGroup = aws(
  'identity.group',
  { attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'], inlinePolicies: [] },
  { id: ADMINS, service: 'iam' },
);
const user = (props: Record<string, unknown>) =>
  aws(
    'identity.principal',
    { type: 'user', attachedPolicies: [], inlinePolicies: [], groups: [], ...props },
    { service: 'iam' },
  );

export const cases: CheckCase[] = [
  {
    name: 'admin through a group, with MFA',
    expect: 'pass',
    resource: user({ groups: [ADMINS], mfa: true }),
    inventory: [adminsGroup],
  },
  {
    name: 'admin through a group, no MFA',
    expect: 'fail',
    resource: user({ groups: [ADMINS], mfa: false }),
    inventory: [adminsGroup],
  },
  {
    name: 'AdministratorAccess attached directly, no MFA',
    expect: 'fail',
    resource: user({ attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'], mfa: false }),
  },
  {
    name: 'developer without admin rights',
    expect: 'not_applicable',
    resource: user({
      inlinePolicies: [[{ effect: 'allow', actions: ['s3:*'], resources: ['arn:aws:s3:::dev-*'] }]],
      mfa: false,
    }),
  },
  {
    name: 'group not in the inventory',
    expect: 'error',
    resource: user({ groups: [ADMINS], mfa: false }),
    message: 'group',
  },
];
