import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

const P = names.project();

export const cases: CheckCase[] = [
  {
    name: 'narrow roles, and the Google APIs service agent with Editor',
    expect: 'pass',
    resource: policy(P, [
      {
        role: 'roles/storage.objectViewer',
        members: ['serviceAccount:app@acme-prod.iam.gserviceaccount.com'],
      },
      { role: 'roles/editor', members: ['serviceAccount:123456789012@cloudservices.gserviceaccount.com'] },
      {
        role: 'roles/container.serviceAgent',
        members: ['serviceAccount:service-123456789012@container-engine-robot.iam.gserviceaccount.com'],
      },
    ]),
  },
  {
    name: 'default compute service account with Editor',
    expect: 'fail',
    resource: policy(P, [
      {
        role: 'roles/editor',
        members: ['serviceAccount:123456789012-compute@developer.gserviceaccount.com'],
      },
    ]),
  },
  {
    name: 'CI account with a predefined admin role at folder level',
    expect: 'fail',
    resource: policy(names.folder(), [
      { role: 'roles/iam.securityAdmin', members: ['serviceAccount:ci@tools.iam.gserviceaccount.com'] },
    ]),
    message: 'roles/iam.securityAdmin',
  },
  {
    name: 'bucket-level policy',
    expect: 'not_applicable',
    resource: policy(names.bucket('b'), [
      { role: 'roles/storage.admin', members: ['serviceAccount:app@acme-prod.iam.gserviceaccount.com'] },
    ]),
  },
  {
    name: 'policy bindings not collected',
    expect: 'error',
    resource: gcp('identity.policy', `${P}#iamPolicy`, {}, { raw: {}, properties: { attachedTo: [P] } }),
  },
];
