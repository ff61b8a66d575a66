import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'split between two groups',
    expect: 'pass',
    resource: policy(names.project(), [
      { role: 'roles/iam.serviceAccountAdmin', members: ['group:iam-admins@acme.com'] },
      { role: 'roles/iam.serviceAccountUser', members: ['group:deployers@acme.com'] },
    ]),
  },
  {
    name: 'one user holds both',
    expect: 'fail',
    resource: policy(names.project(), [
      {
        role: 'roles/iam.serviceAccountAdmin',
        members: ['user:alice@acme.com', 'group:iam-admins@acme.com'],
      },
      { role: 'roles/iam.serviceAccountUser', members: ['user:alice@acme.com'] },
    ]),
    message: 'user:alice@acme.com',
  },
  { name: 'resource policy', expect: 'not_applicable', resource: policy(names.bucket('b'), []) },
  {
    name: 'policy not collected',
    expect: 'error',
    resource: gcp(
      'identity.policy',
      `${names.project()}#iamPolicy`,
      {},
      { raw: {}, properties: { attachedTo: [names.project()] } },
    ),
  },
];
