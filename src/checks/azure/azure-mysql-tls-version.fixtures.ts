import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLEX = 'Microsoft.DBforMySQL/flexibleServers';
const SINGLE = 'Microsoft.DBforMySQL/servers';
const param = (value: string) => ({
  properties: {},
  resources: [{ type: 'configurations', name: 'tls_version', properties: { value } }],
});

export const cases: CheckCase[] = [
  {
    name: 'TLS 1.2 and 1.3',
    expect: 'pass',
    resource: az('database.instance', FLEX, 'my1', param('TLSv1.2,TLSv1.3')),
  },
  {
    name: 'single TLS1_2',
    expect: 'pass',
    resource: az('database.instance', SINGLE, 'my2', { properties: { minimalTlsVersion: 'TLS1_2' } }),
  },
  {
    name: 'TLS 1.1 still allowed',
    expect: 'fail',
    resource: az('database.instance', FLEX, 'my3', param('TLSv1.1,TLSv1.2')),
  },
  {
    name: 'PostgreSQL',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.DBforPostgreSQL/servers', 'pg1'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.instance', FLEX, 'my4', { properties: {} }),
    message: 'tls_version',
  },
];
