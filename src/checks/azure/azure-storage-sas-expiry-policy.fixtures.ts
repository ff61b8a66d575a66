import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'one hour, blocked',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', {
      properties: { sasPolicy: { sasExpirationPeriod: '0.01:00:00', expirationAction: 'Block' } },
    }),
  },
  {
    name: 'seven days',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', {
      properties: { sasPolicy: { sasExpirationPeriod: '7.00:00:00', expirationAction: 'Log' } },
    }),
  },
  {
    name: 'no policy',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa3', { properties: { minimumTlsVersion: 'TLS1_2' } }),
  },
  {
    name: 'shared keys disabled',
    expect: 'not_applicable',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: { allowSharedKeyAccess: false } }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa5', {}, { raw: { type: TYPE } }),
  },
];
