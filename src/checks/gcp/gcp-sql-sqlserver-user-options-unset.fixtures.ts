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
  { name: 'not set', expect: 'pass', resource: sql('a', 'SQLSERVER_2019_STANDARD') },
  {
    name: 'set',
    expect: 'fail',
    resource: sql('b', 'SQLSERVER_2019_STANDARD', [{ name: 'user options', value: '2048' }]),
  },
  {
    name: 'another engine',
    expect: 'not_applicable',
    resource: sql('other', 'POSTGRES_15', [{ name: 'user options', value: 'x' }]),
  },
  {
    name: 'settings not collected',
    expect: 'error',
    resource: gcp('database.instance', names.sql('nosettings'), {
      name: 'nosettings',
      databaseVersion: 'SQLSERVER_2019_STANDARD',
    }),
  },
];
