import type { CheckCase } from '../testing.js';
import { armId, az, diagnosticSetting } from './testkit.js';

const TYPE = 'Microsoft.KeyVault/vaults';
const ws = '/subscriptions/x/resourcegroups/logs/providers/microsoft.operationalinsights/workspaces/ws';

export const cases: CheckCase[] = [
  {
    name: 'audit category group to a workspace',
    expect: 'pass',
    resource: az('crypto.key', TYPE, 'kv1', { properties: {} }),
    inventory: [
      diagnosticSetting(armId(TYPE, 'kv1'), 'audit', {
        workspaceId: ws,
        logs: [{ categoryGroup: 'audit', enabled: true }],
      }),
    ],
  },
  {
    name: 'metrics only',
    expect: 'fail',
    resource: az('crypto.key', TYPE, 'kv2', { properties: {} }),
    inventory: [
      diagnosticSetting(armId(TYPE, 'kv2'), 'metrics', {
        workspaceId: ws,
        logs: [],
        metrics: [{ category: 'AllMetrics', enabled: true }],
      }),
    ],
  },
  {
    name: 'AuditEvent disabled',
    expect: 'fail',
    resource: az('crypto.key', TYPE, 'kv3', {
      properties: {},
      resources: [
        {
          type: 'providers/diagnosticSettings',
          name: 'Microsoft.Insights/x',
          properties: { workspaceId: ws, logs: [{ category: 'AuditEvent', enabled: false }] },
        },
      ],
    }),
  },
  {
    name: 'a key',
    expect: 'not_applicable',
    resource: az('crypto.key', 'Microsoft.KeyVault/vaults/keys', 'kv1/k'),
  },
  {
    name: 'diagnostic settings not collected',
    expect: 'error',
    resource: az('crypto.key', TYPE, 'kv4', { properties: {} }),
  },
];
