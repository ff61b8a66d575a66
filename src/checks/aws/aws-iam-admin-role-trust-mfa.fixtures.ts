import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const ME = `aws:arn:aws:iam::${ACCOUNT}:root`;
const role = (trust: unknown[], attachedPolicies: string[] = [ADMIN], inlinePolicies: unknown[] = []) =>
  aws(
    'identity.role',
    { trust, attachedPolicies, inlinePolicies },
    { id: `arn:aws:iam::${ACCOUNT}:role/admin`, service: 'iam' },
  );
const mfa = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
const custom = aws(
  'identity.policy',
  { statements: [{ effect: 'allow', actions: ['iam:*'], resources: ['*'] }], managedBy: 'customer' },
  { id: `arn:aws:iam::${ACCOUNT}:policy/iam-admin` },
);

export const cases: CheckCase[] = [
  {
    name: 'admin role with MFA required',
    expect: 'pass',
    resource: role([{ effect: 'allow', actions: ['sts:AssumeRole'], principals: [ME], conditions: mfa }]),
  },
  {
    name: 'admin role without MFA',
    expect: 'fail',
    resource: role([{ effect: 'allow', actions: ['sts:AssumeRole'], principals: [ME] }]),
  },
  {
    name: 'admin-equivalent through a customer policy in the inventory',
    expect: 'fail',
    resource: role([{ effect: 'allow', actions: ['sts:AssumeRole'], principals: [ME] }], [custom.id]),
    inventory: [custom],
  },
  {
    name: 'read-only role',
    expect: 'not_applicable',
    resource: role(
      [{ effect: 'allow', actions: ['sts:AssumeRole'], principals: [ME] }],
      [],
      [[{ effect: 'allow', actions: ['s3:GetObject'], resources: ['*'] }]],
    ),
  },
  {
    name: 'assumed by a service only',
    expect: 'not_applicable',
    resource: role([
      { effect: 'allow', actions: ['sts:AssumeRole'], principals: ['service:ec2.amazonaws.com'] },
    ]),
  },
  {
    name: 'managed policy not in the inventory',
    expect: 'error',
    resource: role(
      [{ effect: 'allow', actions: ['sts:AssumeRole'], principals: [ME] }],
      [`arn:aws:iam::${ACCOUNT}:policy/unknown`],
    ),
    message: 'not in the inventory',
  },
];
