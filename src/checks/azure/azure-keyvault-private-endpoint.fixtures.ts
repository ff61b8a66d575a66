import type { CheckCase } from '../testing.js';
import { armId, az } from './testkit.js';

const TYPE = 'Microsoft.KeyVault/vaults';

export const cases: CheckCase[] = [
  {
    name: 'private endpoint resource',
    expect: 'pass',
    resource: az('crypto.key', TYPE, 'kv1', { properties: {} }),
    inventory: [
      az('network.interface', 'Microsoft.Network/privateEndpoints', 'pe-kv1', {
        properties: {
          privateLinkServiceConnections: [
            {
              properties: {
                privateLinkServiceId: armId(TYPE, 'kv1'),
                privateLinkServiceConnectionState: { status: 'Approved' },
              },
            },
          ],
        },
      }),
    ],
  },
  {
    name: 'none',
    expect: 'fail',
    resource: az('crypto.key', TYPE, 'kv2', { properties: { privateEndpointConnections: [] } }),
  },
  {
    name: 'a key',
    expect: 'not_applicable',
    resource: az('crypto.key', 'Microsoft.KeyVault/vaults/keys', 'kv1/k', { properties: {} }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('crypto.key', TYPE, 'kv3', {}, { raw: { type: TYPE } }),
  },
];
