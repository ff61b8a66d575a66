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
  { name: 'off', expect: 'pass', resource: sql('a', 'MYSQL_8_0', [{ name: 'local_infile', value: 'off' }]) },
  { name: 'on', expect: 'fail', resource: sql('b', 'MYSQL_5_7', [{ name: 'local_infile', value: 'on' }]) },
  {
    name: 'another engine',
    expect: 'not_applicable',
    resource: sql('other', 'POSTGRES_15', [{ name: 'local_infile', value: 'x' }]),
  },
  {
    name: 'settings not collected',
    expect: 'error',
    resource: gcp('database.instance', names.sql('nosettings'), {
      name: 'nosettings',
      databaseVersion: 'MYSQL_8_0',
    }),
  },
];
