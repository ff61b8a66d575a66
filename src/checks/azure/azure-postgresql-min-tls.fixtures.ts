import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLEX = 'Microsoft.DBforPostgreSQL/flexibleServers';
const SINGLE = 'Microsoft.DBforPostgreSQL/servers';
const param = (value: string) => ({
  properties: {},
  resources: [{ type: 'configurations', name: 'ssl_min_protocol_version', properties: { value } }],
});

export const cases: CheckCase[] = [
  {
    name: 'flexible TLS 1.2',
    expect: 'pass',
    resource: az('database.instance', FLEX, 'pg1', param('TLSv1.2')),
  },
  {
    name: 'single TLS1_2',
    expect: 'pass',
    resource: az('database.instance', SINGLE, 'pg2', { properties: { minimalTlsVersion: 'TLS1_2' } }),
  },
  {
    name: 'single enforcement disabled',
    expect: 'fail',
    resource: az('database.instance', SINGLE, 'pg3', {
      properties: { minimalTlsVersion: 'TLSEnforcementDisabled' },
    }),
  },
  {
    name: 'flexible TLS 1.0',
    expect: 'fail',
    resource: az('database.instance', FLEX, 'pg4', param('TLSv1')),
  },
  {
    name: 'Azure SQL',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/servers', 's1'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.instance', FLEX, 'pg5', { properties: {} }),
  },
];
