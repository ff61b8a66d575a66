import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const sql = (n: string, databaseVersion: string, databaseFlags?: { name: string; value: string }[]) =>
  gcp('database.instance', names.sql(n), {
    name: n,
    databaseVersion,
    instanceType: 'CLOUD_SQL_INSTANCE',
    settings: { tier: 'db-custom-2-7680', ...(databaseFlags ? { databaseFlags } : {}) },
  });

export const cases: CheckCase[] = [
  {
    name: 'on',
    expect: 'pass',
    resource: sql('a', 'POSTGRES_15', [{ name: 'log_connections', value: 'on' }]),
  },
  {
    name: 'not set (default off)',
    expect: 'fail',
    resource: sql('b', 'POSTGRES_15', [{ name: 'log_min_messages', value: 'warning' }]),
  },
  {
    name: 'another engine',
    expect: 'not_applicable',
    resource: sql('other', 'MYSQL_8_0', [{ name: 'log_connections', value: 'x' }]),
  },
  {
    name: 'settings not collected',
    expect: 'error',
    resource: gcp('database.instance', names.sql('nosettings'), {
      name: 'nosettings',
      databaseVersion: 'POSTGRES_15',
    }),
  },
];
