import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const sql = (n: string, ipConfiguration?: Record<string, unknown>) =>
  gcp('database.instance', names.sql(n), {
    name: n,
    databaseVersion: 'MYSQL_8_0',
    settings: ipConfiguration ? { ipConfiguration } : {},
  });

export const cases: CheckCase[] = [
  {
    name: 'office range',
    expect: 'pass',
    resource: sql('a', {
      ipv4Enabled: true,
      authorizedNetworks: [{ name: 'office', value: '203.0.113.0/24' }],
    }),
  },
  {
    name: 'private IP only',
    expect: 'pass',
    resource: sql('b', { ipv4Enabled: false, authorizedNetworks: [{ value: '0.0.0.0/0' }] }),
  },
  {
    name: 'world',
    expect: 'fail',
    resource: sql('c', { ipv4Enabled: true, authorizedNetworks: [{ name: 'all', value: '0.0.0.0/0' }] }),
  },
  {
    name: 'a Spanner instance',
    expect: 'not_applicable',
    resource: gcp('database.instance', '//spanner.googleapis.com/projects/p/instances/s', {}),
  },
  { name: 'not collected', expect: 'error', resource: sql('d') },
];
