import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';
const withAudit = (properties: Record<string, unknown>) => ({
  properties: {},
  resources: [{ type: 'auditingSettings', name: 'default', properties }],
});
const storage = 'https://auditlogs.blob.core.windows.net/';

export const cases: CheckCase[] = [
  {
    name: '180 days',
    expect: 'pass',
    resource: az(
      'database.instance',
      SERVER,
      's1',
      withAudit({ state: 'Enabled', storageEndpoint: storage, retentionDays: 180 }),
    ),
  },
  {
    name: 'kept forever (0)',
    expect: 'pass',
    resource: az(
      'database.instance',
      SERVER,
      's2',
      withAudit({ state: 'Enabled', storageEndpoint: storage, retentionDays: 0 }),
    ),
  },
  {
    name: '30 days',
    expect: 'fail',
    resource: az(
      'database.instance',
      SERVER,
      's3',
      withAudit({ state: 'Enabled', storageEndpoint: storage, retentionDays: 30 }),
    ),
  },
  {
    name: 'auditing off',
    expect: 'not_applicable',
    resource: az('database.instance', SERVER, 's4', withAudit({ state: 'Disabled' })),
  },
  {
    name: 'Log Analytics destination only',
    expect: 'not_applicable',
    resource: az(
      'database.instance',
      SERVER,
      's5',
      withAudit({ state: 'Enabled', isAzureMonitorTargetEnabled: true }),
    ),
  },
  {
    name: 'settings not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 's6', { properties: {} }),
  },
];
