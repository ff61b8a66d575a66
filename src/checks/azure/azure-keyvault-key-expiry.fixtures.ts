import type { CheckCase } from '../testing.js';
import { az, epochIn } from './testkit.js';

const KEY = 'Microsoft.KeyVault/vaults/keys';

export const cases: CheckCase[] = [
  {
    name: 'expiry set',
    expect: 'pass',
    resource: az('crypto.key', KEY, 'kv1/k1', {
      properties: { attributes: { enabled: true, exp: epochIn(300) } },
    }),
  },
  {
    name: 'data-plane shape with expiry',
    expect: 'pass',
    resource: az('crypto.key', KEY, 'kv1/k2', {
      attributes: { enabled: true, expires: '2030-01-01T00:00:00+00:00' },
    }),
  },
  {
    name: 'no expiry',
    expect: 'fail',
    resource: az('crypto.key', KEY, 'kv1/k3', {
      properties: { attributes: { enabled: true, created: 1700000000 } },
    }),
  },
  {
    name: 'disabled key',
    expect: 'not_applicable',
    resource: az('crypto.key', KEY, 'kv1/k4', { properties: { attributes: { enabled: false } } }),
  },
  {
    name: 'the vault itself',
    expect: 'not_applicable',
    resource: az('crypto.key', 'Microsoft.KeyVault/vaults', 'kv1', { properties: {} }),
  },
  {
    name: 'attributes not collected',
    expect: 'error',
    resource: az('crypto.key', KEY, 'kv1/k5', { properties: { kty: 'RSA' } }),
  },
];
