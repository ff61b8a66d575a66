import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLEX = 'Microsoft.DBforPostgreSQL/flexibleServers';
const SINGLE = 'Microsoft.DBforPostgreSQL/servers';
const param = (name: string, value: string) => ({
  properties: {},
  resources: [{ type: 'configurations', name, properties: { value, source: 'user-override' } }],
});

export const cases: CheckCase[] = [
  {
    name: 'flexible server compliant (separate configuration resource)',
    expect: 'pass',
    resource: az('database.instance', FLEX, 'pg1', { properties: {} }),
    inventory: [
      az(
        'monitoring.config',
        'Microsoft.DBforPostgreSQL/flexibleServers/configurations',
        'pg1/log_connections',
        { properties: { value: 'on' } },
      ),
    ],
  },
  {
    name: 'single server compliant',
    expect: 'pass',
    resource: az('database.instance', SINGLE, 'pg2', param('log_connections', 'on')),
  },
  {
    name: 'flexible server non-compliant',
    expect: 'fail',
    resource: az('database.instance', FLEX, 'pg3', param('log_connections', 'off')),
  },
  {
    name: 'a MySQL server',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.DBforMySQL/flexibleServers', 'my1'),
  },
  {
    name: 'parameter not among the collected ones',
    expect: 'error',
    resource: az('database.instance', FLEX, 'pg4', param('shared_buffers', '16384')),
    message: 'log_connections',
  },
];
