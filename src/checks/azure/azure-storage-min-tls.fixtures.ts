import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'TLS 1.2',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', { properties: { minimumTlsVersion: 'TLS1_2' } }),
  },
  {
    name: 'TLS 1.0',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', { properties: { minimumTlsVersion: 'TLS1_0' } }),
  },
  {
    name: 'TLS 1.1',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa3', { properties: { minimumTlsVersion: 'TLS1_1' } }),
  },
  {
    name: 'a file share is not a storage account',
    expect: 'not_applicable',
    resource: az('storage.bucket', 'Microsoft.Storage/storageAccounts/fileServices/shares', 'sa1/default/s1'),
  },
  {
    name: 'minimum version not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: {} }),
    message: 'minimumTlsVersion',
  },
];
