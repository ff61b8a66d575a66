import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'deny with AzureServices bypass',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', {
      properties: { networkAcls: { defaultAction: 'Deny', bypass: 'Logging, Metrics, AzureServices' } },
    }),
  },
  {
    name: 'deny without bypass',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', {
      properties: { networkAcls: { defaultAction: 'Deny', bypass: 'None' } },
    }),
  },
  {
    name: 'firewall allows all networks',
    expect: 'not_applicable',
    resource: az('storage.bucket', TYPE, 'sa3', {
      properties: { networkAcls: { defaultAction: 'Allow', bypass: 'None' } },
    }),
  },
  {
    name: 'bypass not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: { networkAcls: { defaultAction: 'Deny' } } }),
    message: 'networkAcls.bypass',
  },
];
