import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const sql = (n: string, ipConfiguration: Record<string, unknown>) =>
  gcp('database.instance', names.sql(n), {
    name: n,
    databaseVersion: 'POSTGRES_15',
    settings: { ipConfiguration },
  });

export const cases: CheckCase[] = [
  {
    name: 'private only',
    expect: 'pass',
    resource: sql('a', { ipv4Enabled: false, privateNetwork: 'projects/p/global/networks/vpc' }),
  },
  { name: 'public IP', expect: 'fail', resource: sql('b', { ipv4Enabled: true }) },
  {
    name: 'a Memorystore instance',
    expect: 'not_applicable',
    resource: gcp('database.instance', '//redis.googleapis.com/projects/p/locations/l/instances/r', {}),
  },
  { name: 'not collected', expect: 'error', resource: sql('c', {}) },
];
