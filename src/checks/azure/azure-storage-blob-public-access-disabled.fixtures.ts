import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';

export const cases: CheckCase[] = [
  {
    name: 'anonymous access disallowed',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', { properties: { allowBlobPublicAccess: false } }),
  },
  {
    name: 'anonymous access allowed',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', { properties: { allowBlobPublicAccess: true } }),
  },
  {
    name: 'normalized block',
    expect: 'pass',
    resource: az(
      'storage.bucket',
      TYPE,
      'sa3',
      { properties: {} },
      { properties: { publicAccessBlocked: true } },
    ),
  },
  {
    name: 'approved public website account',
    expect: 'not_applicable',
    resource: az(
      'storage.bucket',
      TYPE,
      'web',
      { properties: { allowBlobPublicAccess: true } },
      { tags: { 'public-approved': 'true' } },
    ),
  },
  {
    name: 'setting unreadable',
    expect: 'error',
    resource: az(
      'storage.bucket',
      TYPE,
      'sa4',
      { properties: {} },
      { unknown: [{ path: 'publicAccessBlocked', reason: 'AuthorizationFailed' }] },
    ),
    message: 'AuthorizationFailed',
  },
];
