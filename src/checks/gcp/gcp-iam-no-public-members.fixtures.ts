import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'bucket readable by a group only',
    expect: 'pass',
    resource: policy(names.bucket('reports'), [
      { role: 'roles/storage.objectViewer', members: ['group:analysts@acme.com'] },
    ]),
  },
  {
    name: 'bucket readable by allUsers',
    expect: 'fail',
    resource: policy(names.bucket('dump'), [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }]),
    message: 'allUsers',
  },
  {
    name: 'KMS key usable by any Google account',
    expect: 'fail',
    resource: policy(names.cryptoKey('k1'), [
      { role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['allAuthenticatedUsers'] },
    ]),
  },
  {
    name: 'website bucket marked public by design',
    expect: 'not_applicable',
    resource: policy(names.bucket('www'), [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }]),
    inventory: [
      gcp('storage.bucket', names.bucket('www'), { name: 'www' }, { tags: { 'public-approved': 'true' } }),
    ],
  },
  {
    name: 'policy target unknown',
    expect: 'error',
    resource: gcp('identity.policy', '//iam.googleapis.com/orphan#iamPolicy', {}, { raw: { bindings: [] } }),
    message: 'attachedTo',
  },
];
