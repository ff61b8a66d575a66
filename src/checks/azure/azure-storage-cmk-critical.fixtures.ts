import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';
const critical = { tags: { 'data-classification': 'Confidential' } };

export const cases: CheckCase[] = [
  {
    name: 'critical data with a Key Vault key',
    expect: 'pass',
    resource: az(
      'storage.bucket',
      TYPE,
      'sa1',
      {
        properties: { encryption: { keySource: 'Microsoft.Keyvault', keyvaultproperties: { keyname: 'k' } } },
      },
      critical,
    ),
  },
  {
    name: 'critical data with a Microsoft-managed key',
    expect: 'fail',
    resource: az(
      'storage.bucket',
      TYPE,
      'sa2',
      { properties: { encryption: { keySource: 'Microsoft.Storage' } } },
      critical,
    ),
  },
  {
    name: 'normalized provider key on critical data',
    expect: 'fail',
    resource: az(
      'storage.bucket',
      TYPE,
      'sa3',
      { properties: {} },
      { ...critical, properties: { encryption: { enabled: true, keyType: 'provider' } } },
    ),
  },
  {
    name: 'untagged account',
    expect: 'not_applicable',
    resource: az('storage.bucket', TYPE, 'sa4', {
      properties: { encryption: { keySource: 'Microsoft.Storage' } },
    }),
  },
  {
    name: 'custom tag key and value',
    expect: 'fail',
    params: { tagKey: 'tier', tagValues: ['gold'] },
    resource: az(
      'storage.bucket',
      TYPE,
      'sa5',
      { properties: { encryption: { keySource: 'Microsoft.Storage' } } },
      { tags: { tier: 'gold' } },
    ),
  },
  {
    name: 'key source not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa6', { properties: {} }, critical),
    message: 'encryption.keySource',
  },
];
