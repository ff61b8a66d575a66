import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'HTTPS only',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', { properties: { supportsHttpsTrafficOnly: true } }),
  },
  {
    name: 'plain HTTP allowed',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', { properties: { supportsHttpsTrafficOnly: false } }),
  },
  {
    name: 'normalized tlsOnly wins',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa3', { properties: {} }, { properties: { tlsOnly: true } }),
  },
  {
    name: 'a blob container is not a storage account',
    expect: 'not_applicable',
    resource: az(
      'storage.bucket',
      'Microsoft.Storage/storageAccounts/blobServices/containers',
      'sa1/default/c1',
    ),
  },
  {
    name: 'setting not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: {} }),
    message: 'supportsHttpsTrafficOnly',
  },
  {
    name: 'unresolved template parameter',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa5', {
      properties: { supportsHttpsTrafficOnly: { $unknown: "parameter 'httpsOnly' has no value" } },
    }),
    message: "parameter 'httpsOnly' has no value",
  },
];
