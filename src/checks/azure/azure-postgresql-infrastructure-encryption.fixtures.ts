import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SINGLE = 'Microsoft.DBforPostgreSQL/servers';

export const cases: CheckCase[] = [
  {
    name: 'enabled',
    expect: 'pass',
    resource: az('database.instance', SINGLE, 'pg1', { properties: { infrastructureEncryption: 'Enabled' } }),
  },
  {
    name: 'disabled',
    expect: 'fail',
    resource: az('database.instance', SINGLE, 'pg2', {
      properties: { infrastructureEncryption: 'Disabled' },
    }),
  },
  {
    name: 'flexible server',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.DBforPostgreSQL/flexibleServers', 'pg3', { properties: {} }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.instance', SINGLE, 'pg4', { properties: {} }),
  },
];
