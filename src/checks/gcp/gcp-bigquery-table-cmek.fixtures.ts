import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const table = (t: string, body: Record<string, unknown>) =>
  gcp('database.warehouse', names.table('sales', t), { tableReference: { tableId: t }, ...body });

export const cases: CheckCase[] = [
  {
    name: 'CMEK',
    expect: 'pass',
    resource: table('a', {
      type: 'TABLE',
      encryptionConfiguration: { kmsKeyName: 'projects/p/locations/us/keyRings/r/cryptoKeys/bq' },
    }),
  },
  { name: 'Google-managed', expect: 'fail', resource: table('b', { type: 'TABLE' }) },
  { name: 'a view', expect: 'not_applicable', resource: table('v', { type: 'VIEW' }) },
  { name: 'not collected', expect: 'error', resource: table('c', {}) },
];
