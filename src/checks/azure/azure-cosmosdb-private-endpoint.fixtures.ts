import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.DocumentDB/databaseAccounts';

export const cases: CheckCase[] = [
  {
    name: 'approved connection',
    expect: 'pass',
    resource: az('database.nosql-table', TYPE, 'c1', {
      properties: {
        privateEndpointConnections: [
          { properties: { privateLinkServiceConnectionState: { status: 'Approved' } } },
        ],
      },
    }),
  },
  {
    name: 'none',
    expect: 'fail',
    resource: az('database.nosql-table', TYPE, 'c2', { properties: { privateEndpointConnections: [] } }),
  },
  {
    name: 'a database inside the account',
    expect: 'not_applicable',
    resource: az('database.nosql-table', 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases', 'c1/db'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.nosql-table', TYPE, 'c3', {}, { raw: { type: TYPE } }),
  },
];
