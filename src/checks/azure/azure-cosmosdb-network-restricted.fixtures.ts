import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.DocumentDB/databaseAccounts';

export const cases: CheckCase[] = [
  {
    name: 'IP rules',
    expect: 'pass',
    resource: az('database.nosql-table', TYPE, 'c1', {
      properties: { publicNetworkAccess: 'Enabled', ipRules: [{ ipAddressOrRange: '203.0.113.0/24' }] },
    }),
  },
  {
    name: 'public access disabled',
    expect: 'pass',
    resource: az('database.nosql-table', TYPE, 'c2', { properties: { publicNetworkAccess: 'Disabled' } }),
  },
  {
    name: 'all networks',
    expect: 'fail',
    resource: az('database.nosql-table', TYPE, 'c3', {
      properties: { publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: false, ipRules: [] },
    }),
  },
  {
    name: 'a Cosmos DB SQL container',
    expect: 'not_applicable',
    resource: az(
      'database.nosql-table',
      'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers',
      'c1/db/items',
    ),
  },
  {
    name: 'document not collected',
    expect: 'error',
    resource: az('database.nosql-table', TYPE, 'c4', {}, { raw: { type: TYPE } }),
  },
];
