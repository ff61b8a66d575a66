import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';
const PROTECTOR = 'Microsoft.Sql/servers/encryptionProtector';

export const cases: CheckCase[] = [
  {
    name: 'Key Vault protector',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's1', { properties: {} }),
    inventory: [
      az('crypto.key', PROTECTOR, 's1/current', {
        properties: { serverKeyType: 'AzureKeyVault', serverKeyName: 'vault_key_1' },
      }),
    ],
  },
  {
    name: 'server keyId set',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's2', {
      properties: { keyId: 'https://kv.vault.azure.net/keys/tde/1' },
    }),
  },
  {
    name: 'service-managed protector',
    expect: 'fail',
    resource: az('database.instance', SERVER, 's3', {
      properties: {},
      resources: [
        { type: 'encryptionProtector', name: 'current', properties: { serverKeyType: 'ServiceManaged' } },
      ],
    }),
  },
  {
    name: 'a managed instance',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/managedInstances', 'mi1'),
  },
  {
    name: 'protector not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 's4', { properties: {} }),
    message: 'TDE protector',
  },
];
