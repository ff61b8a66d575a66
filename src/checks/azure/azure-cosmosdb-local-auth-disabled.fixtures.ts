import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const TYPE = 'Microsoft.DocumentDB/databaseAccounts';

export const cases: CheckCase[] = [
  {
    name: 'keys disabled',
    expect: 'pass',
    resource: az('database.nosql-table', TYPE, 'c1', { properties: { disableLocalAuth: true } }),
  },
  {
    name: 'keys allowed',
    expect: 'fail',
    resource: az('database.nosql-table', TYPE, 'c2', { properties: { disableLocalAuth: false } }),
  },
  {
    name: 'unset means allowed',
    expect: 'fail',
    resource: az('database.nosql-table', TYPE, 'c3', { properties: { consistencyPolicy: {} } }),
  },
  {
    name: 'a table service',
    expect: 'not_applicable',
    resource: az(
      'database.nosql-table',
      'Microsoft.Storage/storageAccounts/tableServices/tables',
      'sa/default/t',
    ),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.nosql-table', TYPE, 'c4', {}, { raw: { type: TYPE } }),
  },
];
