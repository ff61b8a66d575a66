import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';
const AUDIT = 'Microsoft.Sql/servers/auditingSettings';

export const cases: CheckCase[] = [
  {
    name: 'auditing enabled (separate settings resource)',
    expect: 'pass',
    resource: az('database.instance', SERVER, 'sql1', { properties: {} }),
    inventory: [
      az('logging.trail', AUDIT, 'sql1/default', {
        properties: { state: 'Enabled', isAzureMonitorTargetEnabled: true },
      }),
    ],
  },
  {
    name: 'auditing disabled (nested in a template)',
    expect: 'fail',
    resource: az('database.instance', SERVER, 'sql2', {
      properties: {},
      resources: [{ type: 'auditingSettings', name: 'default', properties: { state: 'Disabled' } }],
    }),
  },
  {
    name: 'no auditing settings declared in the template',
    expect: 'fail',
    resource: az('database.instance', SERVER, 'sql3', { properties: {}, resources: [] }),
  },
  {
    name: 'normalized auditLogging',
    expect: 'pass',
    resource: az(
      'database.instance',
      SERVER,
      'sql4',
      { properties: {} },
      { properties: { auditLogging: true } },
    ),
  },
  {
    name: 'a PostgreSQL server',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.DBforPostgreSQL/flexibleServers', 'pg1', { properties: {} }),
  },
  {
    name: 'auditing settings not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 'sql5', { properties: {} }),
    message: 'auditing settings',
  },
];
