import type { CheckCase } from '../testing.js';
import { armId, az, diagnosticSetting, SUB_ID, subscription } from './testkit.js';

const SA = 'Microsoft.Storage/storageAccounts';
const logs = [{ category: 'Administrative', enabled: true }];
const toAccount = (name: string) =>
  diagnosticSetting(SUB_ID, 'activity', { storageAccountId: armId(SA, name, 'logs'), logs });
const account = (name: string, properties: Record<string, unknown>) =>
  az('storage.bucket', SA, name, { properties }, { id: armId(SA, name, 'logs') });

export const cases: CheckCase[] = [
  {
    name: 'account disallows anonymous access',
    expect: 'pass',
    resource: subscription(),
    inventory: [toAccount('actlogs'), account('actlogs', { allowBlobPublicAccess: false })],
  },
  {
    name: 'account allows it but the container is private',
    expect: 'pass',
    resource: subscription(),
    inventory: [
      toAccount('actlogs2'),
      account('actlogs2', { allowBlobPublicAccess: true }),
      az(
        'storage.bucket',
        'Microsoft.Storage/storageAccounts/blobServices/containers',
        'actlogs2/default/insights-activity-logs',
        { properties: { publicAccess: 'None' } },
        {
          id: armId(
            'Microsoft.Storage/storageAccounts/blobServices/containers',
            'actlogs2/default/insights-activity-logs',
            'logs',
          ),
        },
      ),
    ],
  },
  {
    name: 'account allows anonymous access',
    expect: 'fail',
    resource: subscription(),
    inventory: [toAccount('actlogs3'), account('actlogs3', { allowBlobPublicAccess: true })],
  },
  {
    name: 'exported to a workspace only',
    expect: 'not_applicable',
    resource: subscription(),
    inventory: [diagnosticSetting(SUB_ID, 'activity', { workspaceId: 'ws', logs })],
  },
  {
    name: 'destination account not collected',
    expect: 'error',
    resource: subscription(),
    inventory: [toAccount('elsewhere')],
    message: 'elsewhere',
  },
];
