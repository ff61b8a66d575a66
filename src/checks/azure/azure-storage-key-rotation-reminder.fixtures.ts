import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: '90-day policy',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', {
      properties: { keyPolicy: { keyExpirationPeriodInDays: 90 } },
    }),
  },
  {
    name: 'no policy',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', { properties: { minimumTlsVersion: 'TLS1_2' } }),
  },
  {
    name: 'policy too long',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa3', {
      properties: { keyPolicy: { keyExpirationPeriodInDays: 365 } },
    }),
  },
  {
    name: 'shared keys disabled',
    expect: 'not_applicable',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: { allowSharedKeyAccess: false } }),
  },
  {
    name: 'account document missing',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa5', {}, { raw: { type: TYPE } }),
  },
];
