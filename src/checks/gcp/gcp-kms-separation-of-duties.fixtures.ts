import type { CheckCase } from '../testing.js';
import { gcp, names, policy } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'separate principals',
    expect: 'pass',
    resource: policy(names.project(), [
      { role: 'roles/cloudkms.admin', members: ['group:kms-admins@acme.com'] },
      {
        role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter',
        members: ['serviceAccount:app@acme-prod.iam.gserviceaccount.com'],
      },
    ]),
  },
  {
    name: 'admin and decrypter on a key ring',
    expect: 'fail',
    resource: policy('//cloudkms.googleapis.com/projects/acme-prod/locations/global/keyRings/ring', [
      { role: 'roles/cloudkms.admin', members: ['user:bob@acme.com'] },
      { role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['user:bob@acme.com'] },
    ]),
  },
  { name: 'bucket policy', expect: 'not_applicable', resource: policy(names.bucket('b'), []) },
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
