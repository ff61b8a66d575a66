import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.Storage/storageAccounts';
const SERVICE = 'Microsoft.Storage/storageAccounts/blobServices';
const on = (days: number) => ({ enabled: true, days });

export const cases: CheckCase[] = [
  {
    name: 'both retention policies on',
    expect: 'pass',
    resource: az('storage.bucket', TYPE, 'sa1', { properties: {} }),
    inventory: [
      az('storage.bucket', SERVICE, 'sa1/default', {
        properties: { deleteRetentionPolicy: on(14), containerDeleteRetentionPolicy: on(14) },
      }),
    ],
  },
  {
    name: 'container soft delete off',
    expect: 'fail',
    resource: az('storage.bucket', TYPE, 'sa2', {
      properties: {},
      resources: [
        {
          type: 'blobServices',
          name: 'default',
          properties: { deleteRetentionPolicy: on(7), containerDeleteRetentionPolicy: { enabled: false } },
        },
      ],
    }),
    message: 'container soft delete is off',
  },
  {
    name: 'retention shorter than required',
    expect: 'fail',
    params: { minimumDays: 30 },
    resource: az('storage.bucket', TYPE, 'sa3', {
      properties: {},
      resources: [
        {
          type: 'blobServices',
          name: 'default',
          properties: { deleteRetentionPolicy: on(7), containerDeleteRetentionPolicy: on(7) },
        },
      ],
    }),
  },
  {
    name: 'not a storage account',
    expect: 'not_applicable',
    resource: az('storage.bucket', SERVICE, 'sa1/default'),
  },
  {
    name: 'blob service not collected',
    expect: 'error',
    resource: az('storage.bucket', TYPE, 'sa4', { properties: {} }),
    message: 'blob service properties',
  },
];
