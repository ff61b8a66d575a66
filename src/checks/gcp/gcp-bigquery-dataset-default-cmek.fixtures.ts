import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'default key',
    expect: 'pass',
    resource: gcp('database.warehouse', names.dataset('a'), {
      datasetReference: { datasetId: 'a' },
      defaultEncryptionConfiguration: { kmsKeyName: 'projects/p/locations/us/keyRings/r/cryptoKeys/bq' },
    }),
  },
  {
    name: 'no default key',
    expect: 'fail',
    resource: gcp('database.warehouse', names.dataset('b'), { datasetReference: { datasetId: 'b' } }),
  },
  {
    name: 'a table',
    expect: 'not_applicable',
    resource: gcp('database.warehouse', names.table('a', 't'), {}),
  },
  { name: 'not collected', expect: 'error', resource: gcp('database.warehouse', names.dataset('c'), {}) },
];
