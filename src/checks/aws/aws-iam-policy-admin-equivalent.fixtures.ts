import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const policy = (statements: unknown[], extra: Record<string, unknown> = {}) =>
  aws(
    'identity.policy',
    { statements, managedBy: 'customer', attachedTo: ['arn:aws:iam::111122223333:role/app'], ...extra },
    { service: 'iam' },
  );

export const cases: CheckCase[] = [
  {
    name: 'read-only access to one bucket',
    expect: 'pass',
    resource: policy([
      {
        effect: 'allow',
        actions: ['s3:GetObject', 's3:ListBucket'],
        resources: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'],
      },
    ]),
  },
  {
    name: 'NotAction on every resource',
    expect: 'fail',
    resource: policy([{ effect: 'allow', notActions: ['iam:*', 'organizations:*'], resources: ['*'] }]),
    message: 'except iam:*',
  },
  {
    name: 'every IAM action',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['iam:*'], resources: ['*'] }]),
    message: 'IAM',
  },
  {
    name: '*:* on *',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['*:*'], resources: ['*'] }]),
  },
  {
    name: 'full access taken back by an unconditional Deny of everything',
    expect: 'pass',
    resource: policy([
      { effect: 'allow', actions: ['*'], resources: ['*'] },
      { effect: 'deny', actions: ['*'], resources: ['*'] },
    ]),
  },
  {
    name: 'AWS managed policy',
    expect: 'not_applicable',
    resource: policy([{ effect: 'allow', actions: ['*'], resources: ['*'] }], { managedBy: 'provider' }),
  },
  {
    name: 'unattached customer policy',
    expect: 'not_applicable',
    resource: policy([{ effect: 'allow', actions: ['*'], resources: ['*'] }], { attachedTo: [] }),
  },
  {
    name: 'document missing',
    expect: 'error',
    resource: aws('identity.policy', { managedBy: 'customer' }),
    message: 'statements',
  },
];
