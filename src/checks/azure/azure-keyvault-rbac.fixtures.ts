import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.KeyVault/vaults';

export const cases: CheckCase[] = [
  {
    name: 'RBAC',
    expect: 'pass',
    resource: az('crypto.key', TYPE, 'kv1', { properties: { enableRbacAuthorization: true } }),
  },
  {
    name: 'access policies',
    expect: 'fail',
    resource: az('crypto.key', TYPE, 'kv2', {
      properties: { enableRbacAuthorization: false, accessPolicies: [] },
    }),
  },
  {
    name: 'a secret',
    expect: 'not_applicable',
    resource: az('secrets.secret', 'Microsoft.KeyVault/vaults/secrets', 'kv1/s', { properties: {} }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('crypto.key', TYPE, 'kv3', { properties: {} }),
    message: 'enableRbacAuthorization',
  },
];
