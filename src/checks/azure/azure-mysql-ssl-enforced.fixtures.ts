import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLEX = 'Microsoft.DBforMySQL/flexibleServers';
const SINGLE = 'Microsoft.DBforMySQL/servers';
const param = (value: string) => ({
  properties: {},
  resources: [{ type: 'configurations', name: 'require_secure_transport', properties: { value } }],
});

export const cases: CheckCase[] = [
  { name: 'flexible ON', expect: 'pass', resource: az('database.instance', FLEX, 'my1', param('ON')) },
  {
    name: 'single enabled',
    expect: 'pass',
    resource: az('database.instance', SINGLE, 'my2', { properties: { sslEnforcement: 'Enabled' } }),
  },
  { name: 'flexible OFF', expect: 'fail', resource: az('database.instance', FLEX, 'my3', param('OFF')) },
  {
    name: 'PostgreSQL',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.DBforPostgreSQL/flexibleServers', 'pg1'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.instance', SINGLE, 'my4', { properties: {} }),
  },
];
