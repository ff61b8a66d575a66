import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const sql = (n: string, ipConfiguration?: Record<string, unknown>) =>
  gcp('database.instance', names.sql(n), {
    name: n,
    databaseVersion: 'POSTGRES_15',
    settings: ipConfiguration ? { ipConfiguration } : { tier: 'x' },
  });

export const cases: CheckCase[] = [
  {
    name: 'encrypted only',
    expect: 'pass',
    resource: sql('a', { ipv4Enabled: false, sslMode: 'ENCRYPTED_ONLY' }),
  },
  { name: 'legacy requireSsl', expect: 'pass', resource: sql('b', { requireSsl: true }) },
  {
    name: 'allows unencrypted',
    expect: 'fail',
    resource: sql('c', { sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false }),
  },
  {
    name: 'an AlloyDB cluster',
    expect: 'not_applicable',
    resource: gcp('database.instance', '//alloydb.googleapis.com/projects/p/locations/l/clusters/c', {}),
  },
  { name: 'IP configuration not collected', expect: 'error', resource: sql('d') },
];
