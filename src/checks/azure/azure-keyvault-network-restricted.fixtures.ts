import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.KeyVault/vaults';

export const cases: CheckCase[] = [
  {
    name: 'deny by default',
    expect: 'pass',
    resource: az('crypto.key', TYPE, 'kv1', {
      properties: { networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' } },
    }),
  },
  {
    name: 'public access disabled',
    expect: 'pass',
    resource: az('crypto.key', TYPE, 'kv2', { properties: { publicNetworkAccess: 'Disabled' } }),
  },
  {
    name: 'allow all',
    expect: 'fail',
    resource: az('crypto.key', TYPE, 'kv3', {
      properties: { publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow' } },
    }),
  },
  {
    name: 'a secret',
    expect: 'not_applicable',
    resource: az('secrets.secret', 'Microsoft.KeyVault/vaults/secrets', 'kv1/s'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('crypto.key', TYPE, 'kv4', { properties: { publicNetworkAccess: 'Enabled' } }),
  },
];
