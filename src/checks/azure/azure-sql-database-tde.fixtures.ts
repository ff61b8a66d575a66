import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const DB = 'Microsoft.Sql/servers/databases';
const SERVER = 'Microsoft.Sql/servers';
const TDE = 'Microsoft.Sql/servers/databases/transparentDataEncryption';

export const cases: CheckCase[] = [
  {
    name: 'TDE on',
    expect: 'pass',
    resource: az('database.instance', DB, 's1/app', { properties: {} }),
    inventory: [az('storage.volume', TDE, 's1/app/current', { properties: { state: 'Enabled' } })],
  },
  {
    name: 'TDE off (nested)',
    expect: 'fail',
    resource: az('database.instance', DB, 's1/app2', {
      properties: {},
      resources: [{ type: 'transparentDataEncryption', name: 'current', properties: { state: 'Disabled' } }],
    }),
  },
  {
    name: 'CMK required but protector is service-managed',
    expect: 'fail',
    params: { requireCustomerManagedKey: true },
    resource: az(
      'database.instance',
      DB,
      's2/app',
      { properties: {} },
      { properties: { encryption: { enabled: true } } },
    ),
    inventory: [
      az('database.instance', SERVER, 's2', {
        properties: {},
        resources: [
          { type: 'encryptionProtector', name: 'current', properties: { serverKeyType: 'ServiceManaged' } },
        ],
      }),
    ],
    message: 'service-managed',
  },
  {
    name: 'CMK required and server uses a Key Vault key',
    expect: 'pass',
    params: { requireCustomerManagedKey: true },
    resource: az(
      'database.instance',
      DB,
      's3/app',
      { properties: {} },
      { properties: { encryption: { enabled: true } } },
    ),
    inventory: [
      az('database.instance', SERVER, 's3', {
        properties: { keyId: 'https://kv.vault.azure.net/keys/tde/1' },
      }),
    ],
  },
  {
    name: 'master database',
    expect: 'not_applicable',
    resource: az('database.instance', DB, 's1/master', { properties: {} }),
  },
  {
    name: 'a server',
    expect: 'not_applicable',
    resource: az('database.instance', SERVER, 's1', { properties: {} }),
  },
  {
    name: 'CMK required but server not collected',
    expect: 'error',
    params: { requireCustomerManagedKey: true },
    resource: az(
      'database.instance',
      DB,
      's9/app',
      { properties: {} },
      { properties: { encryption: { enabled: true } } },
    ),
    message: 'parent server',
  },
];
