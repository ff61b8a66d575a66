import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const KEY = 'Microsoft.KeyVault/vaults/keys';
const withPolicy = (lifetimeActions: unknown[]) => ({
  properties: {
    attributes: { enabled: true },
    rotationPolicy: { lifetimeActions, attributes: { expiryTime: 'P2Y' } },
  },
});

export const cases: CheckCase[] = [
  {
    name: 'rotate after 90 days',
    expect: 'pass',
    resource: az(
      'crypto.key',
      KEY,
      'kv/k1',
      withPolicy([{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'rotate' } }]),
    ),
  },
  {
    name: 'notify only',
    expect: 'fail',
    resource: az(
      'crypto.key',
      KEY,
      'kv/k2',
      withPolicy([{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }]),
    ),
    message: 'only notifies',
  },
  {
    name: 'rotates every two years',
    expect: 'fail',
    resource: az(
      'crypto.key',
      KEY,
      'kv/k3',
      withPolicy([{ trigger: { timeAfterCreate: 'P2Y' }, action: { type: 'Rotate' } }]),
    ),
  },
  {
    name: 'no policy',
    expect: 'fail',
    resource: az('crypto.key', KEY, 'kv/k4', { properties: { attributes: { enabled: true } } }),
  },
  {
    name: 'disabled key',
    expect: 'not_applicable',
    resource: az('crypto.key', KEY, 'kv/k5', { properties: { attributes: { enabled: false } } }),
  },
  { name: 'not collected', expect: 'error', resource: az('crypto.key', KEY, 'kv/k6', { properties: {} }) },
];
