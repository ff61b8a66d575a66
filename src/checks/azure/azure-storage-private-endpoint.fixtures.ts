import type { CheckCase } from '../testing.js';
import { armId, az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';
const approved = { properties: { privateLinkServiceConnectionState: { status: 'Approved' } } };

export const cases: CheckCase[] = [
  {
    name: 'approved connection on the account',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', { properties: { privateEndpointConnections: [approved] } }),
  },
  {
    name: 'private endpoint resource pointing at the account',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa2', { properties: {} }),
    inventory: [
      az('network.interface', 'Microsoft.Network/privateEndpoints', 'pe-sa2', {
        properties: {
          privateLinkServiceConnections: [
            { properties: { privateLinkServiceId: armId(TYPE, 'sa2'), groupIds: ['blob'] } },
          ],
        },
      }),
    ],
  },
  {
    name: 'only a pending connection',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa3', {
      properties: {
        privateEndpointConnections: [
          { properties: { privateLinkServiceConnectionState: { status: 'Pending' } } },
        ],
      },
    }),
  },
  {
    name: 'not a storage account',
    expect: 'not_applicable',
    resource: az(
      'storage.bucket',
      'Microsoft.Storage/storageAccounts/blobServices/containers',
      'sa1/default/c',
    ),
  },
  {
    name: 'account document not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa4', {}, { raw: { type: TYPE } }),
    message: 'privateEndpointConnections',
  },
];
