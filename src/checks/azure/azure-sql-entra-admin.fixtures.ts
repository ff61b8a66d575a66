import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';

export const cases: CheckCase[] = [
  {
    name: 'administrators on the server document',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's1', {
      properties: {
        administrators: {
          administratorType: 'ActiveDirectory',
          login: 'sql-admins',
          sid: 'g-1',
          principalType: 'Group',
        },
      },
    }),
  },
  {
    name: 'administrator child resource',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's2', { properties: {} }),
    inventory: [
      az('identity.role', 'Microsoft.Sql/servers/administrators', 's2/ActiveDirectory', {
        properties: { administratorType: 'ActiveDirectory', login: 'dba-group', sid: 'g-2' },
      }),
    ],
  },
  {
    name: 'SQL logins only (template declares no administrator)',
    expect: 'fail',
    resource: az('database.instance', SERVER, 's3', {
      properties: { administratorLogin: 'sqladmin' },
      resources: [],
    }),
  },
  {
    name: 'a database',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/servers/databases', 's1/db'),
  },
  {
    name: 'administrators not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 's4', { properties: {} }),
  },
];
