import type { CheckCase } from '../testing.js';
import { armId, az, diagnosticSetting, SUB_ID, subscription } from './testkit.js';

const SA = 'Microsoft.Storage/storageAccounts';
const logs = [{ category: 'Administrative', enabled: true }];
const toAccount = (name: string) =>
  diagnosticSetting(SUB_ID, 'activity', { storageAccountId: armId(SA, name), logs });
const account = (name: string, keySource?: string) =>
  az('storage.bucket', SA, name, { properties: keySource ? { encryption: { keySource } } : {} });

export const cases: CheckCase[] = [
  {
    name: 'Key Vault key',
    expect: 'pass',
    resource: subscription(),
    inventory: [toAccount('a1'), account('a1', 'Microsoft.Keyvault')],
  },
  {
    name: 'Microsoft-managed key',
    expect: 'fail',
    resource: subscription(),
    inventory: [toAccount('a2'), account('a2', 'Microsoft.Storage')],
  },
  {
    name: 'workspace only',
    expect: 'not_applicable',
    resource: subscription(),
    inventory: [diagnosticSetting(SUB_ID, 'x', { workspaceId: 'ws', logs })],
  },
  {
    name: 'encryption of the destination not collected',
    expect: 'error',
    resource: subscription(),
    inventory: [toAccount('a3'), account('a3')],
  },
];
