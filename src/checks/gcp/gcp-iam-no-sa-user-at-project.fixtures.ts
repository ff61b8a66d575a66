import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'no impersonation roles',
    expect: 'pass',
    resource: policy(names.project(), [{ role: 'roles/viewer', members: ['group:ops@acme.com'] }]),
  },
  {
    name: 'Service Account User to a user on the project',
    expect: 'fail',
    resource: policy(names.project(), [
      { role: 'roles/iam.serviceAccountUser', members: ['user:dev@acme.com'] },
    ]),
  },
  {
    name: 'Token Creator on the organization',
    expect: 'fail',
    resource: policy(names.organization(), [
      { role: 'roles/iam.serviceAccountTokenCreator', members: ['group:platform@acme.com'] },
    ]),
  },
  {
    name: 'granted on one service account',
    expect: 'not_applicable',
    resource: policy(names.serviceAccount('deployer@acme-prod.iam.gserviceaccount.com'), [
      { role: 'roles/iam.serviceAccountUser', members: ['user:dev@acme.com'] },
    ]),
  },
  {
    name: 'target unknown',
    expect: 'error',
    resource: gcp('identity.policy', '//x#iamPolicy', {}, { raw: { bindings: [] } }),
    message: 'attachedTo',
  },
];
