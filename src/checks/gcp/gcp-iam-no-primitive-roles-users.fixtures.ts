import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'predefined roles only',
    expect: 'pass',
    resource: policy(names.project(), [{ role: 'roles/compute.viewer', members: ['group:ops@acme.com'] }]),
  },
  {
    name: 'Editor to a user',
    expect: 'fail',
    resource: policy(names.project(), [{ role: 'roles/editor', members: ['user:dev@acme.com'] }]),
    message: 'dev@acme.com',
  },
  {
    name: 'Viewer to a whole domain',
    expect: 'fail',
    resource: policy(names.organization(), [{ role: 'roles/viewer', members: ['domain:acme.com'] }]),
  },
  {
    name: 'allowed break-glass group',
    expect: 'pass',
    params: { allowedMembers: ['group:gcp-owners@acme.com'] },
    resource: policy(names.project(), [{ role: 'roles/owner', members: ['group:gcp-owners@acme.com'] }]),
  },
  {
    name: 'resource policy',
    expect: 'not_applicable',
    resource: policy(names.dataset('d'), [{ role: 'roles/viewer', members: ['user:x@acme.com'] }]),
  },
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
