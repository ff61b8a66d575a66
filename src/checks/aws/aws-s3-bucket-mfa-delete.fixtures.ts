import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'MFA delete on',
    expect: 'pass',
    resource: aws('storage.bucket', { mfaDelete: true, versioning: true }, { service: 's3' }),
  },
  {
    name: 'MFA delete off',
    expect: 'fail',
    resource: aws('storage.bucket', { mfaDelete: false, versioning: true }, { service: 's3' }),
  },
  {
    name: 'outside the configured scope',
    expect: 'not_applicable',
    resource: aws('storage.bucket', { mfaDelete: false }, { service: 's3' }),
    params: { scopeTag: 'data-classification' },
  },
  {
    name: 'in scope and off',
    expect: 'fail',
    resource: aws(
      'storage.bucket',
      { mfaDelete: false },
      { service: 's3', tags: { 'Data-Classification': 'confidential' } },
    ),
    params: { scopeTag: 'data-classification' },
  },
  {
    name: 'versioning unreadable',
    expect: 'error',
    resource: aws('storage.bucket', {}, { service: 's3' }),
    message: 'mfaDelete',
  },
];
