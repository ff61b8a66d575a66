import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const disk = (n: string, body: Record<string, unknown>, critical = true) =>
  gcp('storage.volume', names.disk(n), {
    name: n,
    sizeGb: '100',
    ...(critical ? { labels: { critical: 'true' } } : {}),
    ...body,
  });

export const cases: CheckCase[] = [
  { name: 'CSEK', expect: 'pass', resource: disk('a', { diskEncryptionKey: { sha256: 'abc=' } }) },
  { name: 'Google-managed', expect: 'fail', resource: disk('b', {}) },
  {
    name: 'Cloud KMS key',
    expect: 'fail',
    resource: disk('c', {
      diskEncryptionKey: { kmsKeyName: 'projects/p/locations/l/keyRings/r/cryptoKeys/k' },
    }),
  },
  {
    name: 'Cloud KMS accepted',
    expect: 'pass',
    params: { acceptCmek: true },
    resource: disk('d', { diskEncryptionKey: { kmsKeyName: 'k' } }),
  },
  { name: 'not critical', expect: 'not_applicable', resource: disk('e', {}, false) },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('storage.volume', names.disk('f'), {}, { raw: {} }),
  },
];
