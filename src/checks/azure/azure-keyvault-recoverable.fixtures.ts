import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.KeyVault/vaults';

export const cases: CheckCase[] = [
  {
    name: 'both on',
    expect: 'pass',
    resource: az('crypto.key', TYPE, 'kv1', {
      properties: { enableSoftDelete: true, enablePurgeProtection: true },
    }),
  },
  {
    name: 'purge protection omitted',
    expect: 'fail',
    resource: az('crypto.key', TYPE, 'kv2', { properties: { enableSoftDelete: true } }),
    message: 'purge protection',
  },
  {
    name: 'soft delete off (old vault)',
    expect: 'fail',
    resource: az('secrets.secret', TYPE, 'kv3', {
      properties: { enableSoftDelete: false, enablePurgeProtection: true },
    }),
  },
  {
    name: 'a key in a vault',
    expect: 'not_applicable',
    resource: az('crypto.key', 'Microsoft.KeyVault/vaults/keys', 'kv1/k1', { properties: {} }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('crypto.key', TYPE, 'kv4', {}, { raw: { type: TYPE } }),
  },
];
