import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLEX = 'Microsoft.DBforPostgreSQL/flexibleServers';
const SINGLE = 'Microsoft.DBforPostgreSQL/servers';
const param = (value: string) => ({
  properties: {},
  resources: [{ type: 'configurations', name: 'require_secure_transport', properties: { value } }],
});

export const cases: CheckCase[] = [
  {
    name: 'flexible server requires TLS',
    expect: 'pass',
    resource: az('database.instance', FLEX, 'pg1', param('on')),
  },
  {
    name: 'single server SSL enforced',
    expect: 'pass',
    resource: az('database.instance', SINGLE, 'pg2', { properties: { sslEnforcement: 'Enabled' } }),
  },
  {
    name: 'flexible server allows clear text',
    expect: 'fail',
    resource: az('database.instance', FLEX, 'pg3', param('off')),
  },
  {
    name: 'single server SSL disabled',
    expect: 'fail',
    resource: az('database.instance', SINGLE, 'pg4', { properties: { sslEnforcement: 'Disabled' } }),
  },
  {
    name: 'an Azure SQL server',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/servers', 's1'),
  },
  {
    name: 'parameters not collected',
    expect: 'error',
    resource: az('database.instance', FLEX, 'pg5', { properties: {} }),
  },
];
