import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'corporate users',
    expect: 'pass',
    resource: policy(names.project(), [
      { role: 'roles/viewer', members: ['user:ana@acme.com', 'group:ops@acme.com'] },
    ]),
  },
  {
    name: 'a gmail account',
    expect: 'fail',
    resource: policy(names.project(), [{ role: 'roles/editor', members: ['user:someone@gmail.com'] }]),
    message: 'someone@gmail.com',
  },
  {
    name: 'partner domain not on the list',
    expect: 'fail',
    params: { allowedDomains: ['acme.com'] },
    resource: policy(names.bucket('shared'), [
      { role: 'roles/storage.objectViewer', members: ['user:vendor@partner.example'] },
    ]),
  },
  {
    name: 'service accounts only',
    expect: 'not_applicable',
    resource: policy(names.project(), [
      { role: 'roles/viewer', members: ['serviceAccount:a@acme-prod.iam.gserviceaccount.com'] },
    ]),
  },
  {
    name: 'target not known',
    expect: 'error',
    resource: gcp('identity.policy', '//x', {}, { raw: { bindings: [] }, properties: {} }),
  },
];
