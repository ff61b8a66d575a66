import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const sql = (n: string, body: Record<string, unknown>) =>
  gcp('database.instance', names.sql(n), { name: n, databaseVersion: 'MYSQL_8_0', ...body });

export const cases: CheckCase[] = [
  {
    name: 'on',
    expect: 'pass',
    resource: sql('a', { settings: { backupConfiguration: { enabled: true, binaryLogEnabled: true } } }),
  },
  {
    name: 'off',
    expect: 'fail',
    resource: sql('b', { settings: { backupConfiguration: { enabled: false } } }),
  },
  {
    name: 'read replica',
    expect: 'not_applicable',
    resource: sql('c', { instanceType: 'READ_REPLICA_INSTANCE', masterInstanceName: 'p:a', settings: {} }),
  },
  { name: 'not collected', expect: 'error', resource: sql('d', { settings: { tier: 'x' } }) },
];
