import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'double encryption',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', {
      properties: { encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: true } },
    }),
  },
  {
    name: 'single layer (property omitted by the API)',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', {
      properties: { encryption: { keySource: 'Microsoft.Storage' } },
    }),
  },
  {
    name: 'not a storage account',
    expect: 'not_applicable',
    resource: az('storage.bucket', 'Microsoft.Storage/storageAccounts/blobServices', 'sa1/default'),
  },
  {
    name: 'encryption settings not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa3', { properties: {} }),
    message: 'properties.encryption',
  },
];
