import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLEX = 'Microsoft.DBforMySQL/flexibleServers';
const param = (value: string) => ({
  properties: {},
  resources: [{ type: 'configurations', name: 'audit_log_enabled', properties: { value } }],
});

export const cases: CheckCase[] = [
  { name: 'compliant', expect: 'pass', resource: az('database.instance', FLEX, 'my1', param('ON')) },
  {
    name: 'compliant on Single Server (separate configuration resource)',
    expect: 'pass',
    resource: az('database.instance', 'Microsoft.DBforMySQL/servers', 'my2', { properties: {} }),
    inventory: [
      az('monitoring.config', 'Microsoft.DBforMySQL/servers/configurations', 'my2/audit_log_enabled', {
        properties: { value: 'ON' },
      }),
    ],
  },
  { name: 'non-compliant', expect: 'fail', resource: az('database.instance', FLEX, 'my3', param('OFF')) },
  {
    name: 'PostgreSQL',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.DBforPostgreSQL/flexibleServers', 'pg1'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.instance', FLEX, 'my4', { properties: {} }),
    message: 'audit_log_enabled',
  },
];
