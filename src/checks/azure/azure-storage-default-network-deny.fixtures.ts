import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'default deny with a VNet rule',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', {
      properties: {
        networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', virtualNetworkRules: [{ id: 'x' }] },
      },
    }),
  },
  {
    name: 'public network access disabled',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa2', { properties: { publicNetworkAccess: 'Disabled' } }),
  },
  {
    name: 'default allow',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa3', {
      properties: { publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow' } },
    }),
  },
  {
    name: 'a queue service is not the account',
    expect: 'not_applicable',
    resource: az('storage.bucket', 'Microsoft.Storage/storageAccounts/queueServices', 'sa1/default'),
  },
  {
    name: 'network rules not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: { publicNetworkAccess: 'Enabled' } }),
    message: 'networkAcls.defaultAction',
  },
];
