import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';

export const cases: CheckCase[] = [
  {
    name: 'TLS 1.2',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's1', { properties: { minimalTlsVersion: '1.2' } }),
  },
  {
    name: 'no minimum',
    expect: 'fail',
    resource: az('database.instance', SERVER, 's2', { properties: { minimalTlsVersion: 'None' } }),
  },
  {
    name: 'TLS 1.0',
    expect: 'fail',
    resource: az('database.instance', SERVER, 's3', { properties: { minimalTlsVersion: '1.0' } }),
  },
  {
    name: 'a database',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/servers/databases', 's1/db'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 's4', { properties: {} }),
  },
];
