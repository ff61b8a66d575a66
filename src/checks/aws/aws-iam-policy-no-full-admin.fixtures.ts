import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const policy = (
  statements: unknown[],
  attachedTo: string[] = [`arn:aws:iam::${ACCOUNT}:role/ops`],
  managedBy = 'customer',
) => aws('identity.policy', { statements, attachedTo, managedBy }, { service: 'iam' });

export const cases: CheckCase[] = [
  {
    name: 'scoped policy',
    expect: 'pass',
    resource: policy([{ effect: 'allow', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/*'] }]),
  },
  {
    name: 'NotAction is not the literal "*:*" statement (see the admin-equivalent check)',
    expect: 'pass',
    resource: policy([{ effect: 'allow', notActions: ['iam:*'], resources: ['*'] }]),
  },
  {
    name: 'Allow * on *',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['*'], resources: ['*'] }]),
  },
  {
    name: 'AdministratorAccess attached to a user',
    expect: 'fail',
    resource: policy(
      [{ effect: 'allow', actions: ['*'], resources: ['*'] }],
      [`arn:aws:iam::${ACCOUNT}:user/alice`],
      'provider',
    ),
  },
  {
    name: 'unattached',
    expect: 'not_applicable',
    resource: policy([{ effect: 'allow', actions: ['*'], resources: ['*'] }], []),
  },
  {
    name: 'policy document not readable',
    expect: 'error',
    resource: aws('identity.policy', { attachedTo: ['x'] }),
    message: 'statements',
  },
];
