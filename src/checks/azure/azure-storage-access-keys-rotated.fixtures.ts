import type { CheckCase } from '../testing.js';
import { az, daysAgo } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'both keys recent',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', {
      properties: { keyCreationTime: { key1: daysAgo(10), key2: daysAgo(40) } },
    }),
  },
  {
    name: 'key2 never regenerated',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', {
      properties: { keyCreationTime: { key1: daysAgo(10), key2: daysAgo(400) } },
    }),
    message: 'key2',
  },
  {
    name: 'stricter period',
    expect: 'fail',
    params: { maxAgeDays: 30 },
    resource: az('storage.bucket', TYPE, 'sa3', {
      properties: { keyCreationTime: { key1: daysAgo(10), key2: daysAgo(40) } },
    }),
  },
  {
    name: 'shared keys disabled',
    expect: 'not_applicable',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: { allowSharedKeyAccess: false } }),
  },
  {
    name: 'creation time not recorded by Azure',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa5', {
      properties: { keyCreationTime: { key1: null, key2: null } },
    }),
    message: 'keyCreationTime.key1',
  },
];
