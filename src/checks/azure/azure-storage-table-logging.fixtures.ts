import type { CheckCase } from '../testing.js';
import { armId, az, diagnosticSetting } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';
const SERVICE = 'Microsoft.Storage/storageAccounts/tableServices';
const all = [
  { category: 'StorageRead', enabled: true },
  { category: 'StorageWrite', enabled: true },
  { category: 'StorageDelete', enabled: true },
];
const workspace =
  '/subscriptions/x/resourcegroups/logs/providers/microsoft.operationalinsights/workspaces/ws';

export const cases: CheckCase[] = [
  {
    name: 'diagnostic setting on the service (separate resources)',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', { properties: {} }),
    inventory: [
      az('storage.bucket', SERVICE, 'sa1/default', { properties: {} }),
      diagnosticSetting(armId(SERVICE, 'sa1/default'), 'to-law', { workspaceId: workspace, logs: all }),
    ],
  },
  {
    name: 'allLogs category group, nested in a template',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa2', {
      properties: {},
      resources: [
        {
          type: 'tableServices',
          name: 'default',
          resources: [
            {
              type: 'providers/diagnosticSettings',
              name: 'Microsoft.Insights/all',
              properties: {
                storageAccountId: 'sa-logs',
                logs: [{ categoryGroup: 'allLogs', enabled: true }],
              },
            },
          ],
        },
      ],
    }),
  },
  {
    name: 'only writes are logged',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa3', { properties: {} }),
    inventory: [
      az('storage.bucket', SERVICE, 'sa3/default', { properties: {} }),
      diagnosticSetting(armId(SERVICE, 'sa3/default'), 'writes', {
        workspaceId: workspace,
        logs: [{ category: 'StorageWrite', enabled: true }],
      }),
    ],
  },
  {
    name: 'no diagnostic setting (nested service without settings)',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa4', {
      properties: {},
      resources: [{ type: 'tableServices', name: 'default', resources: [] }],
    }),
  },
  {
    name: 'not a storage account',
    expect: 'not_applicable',
    resource: az(
      'storage.bucket',
      'Microsoft.Storage/storageAccounts/blobServices/containers',
      'sa1/default/c',
    ),
  },
  {
    name: 'services and settings not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa5', { properties: {} }),
    message: 'table service',
  },
];
