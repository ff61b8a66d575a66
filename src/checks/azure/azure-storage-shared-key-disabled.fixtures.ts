import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'shared keys disallowed',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', { properties: { allowSharedKeyAccess: false } }),
  },
  {
    name: 'explicitly allowed',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', { properties: { allowSharedKeyAccess: true } }),
  },
  {
    name: 'unset means allowed',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa3', { properties: { minimumTlsVersion: 'TLS1_2' } }),
  },
  {
    name: 'not an account',
    expect: 'not_applicable',
    resource: az('storage.bucket', 'Microsoft.Storage/storageAccounts/tableServices', 'sa1/default'),
  },
  {
    name: 'no document',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa4', {}, { raw: { type: TYPE } }),
  },
];
