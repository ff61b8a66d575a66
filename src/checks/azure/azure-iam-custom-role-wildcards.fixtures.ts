import type { CheckCase } from '../testing.js';
import { SUB_ID } from './testkit.js';
import { roleDefinition } from './testkit-iam.js';

export const cases: CheckCase[] = [
  {
    name: 'specific operations and read wildcards',
    expect: 'pass',
    resource: roleDefinition(
      'ops',
      'CustomRole',
      [{ actions: ['*/read', 'Microsoft.Compute/virtualMachines/restart/action'] }],
      [SUB_ID],
    ),
  },
  {
    name: 'whole provider',
    expect: 'fail',
    resource: roleDefinition('storage-all', 'CustomRole', [{ actions: ['Microsoft.Storage/*'] }], [SUB_ID]),
    message: 'Microsoft.Storage/*',
  },
  {
    name: 'every delete',
    expect: 'fail',
    resource: roleDefinition('cleaner', 'CustomRole', [{ actions: ['*/delete'] }], [SUB_ID]),
  },
  {
    name: 'all data actions',
    expect: 'fail',
    resource: roleDefinition('data-all', 'CustomRole', [{ actions: [], dataActions: ['*'] }], [SUB_ID]),
    message: 'data:*',
  },
  {
    name: 'built-in Contributor',
    expect: 'not_applicable',
    resource: roleDefinition('Contributor', 'BuiltInRole', [{ actions: ['*'] }], ['/']),
  },
  { name: 'not collected', expect: 'error', resource: roleDefinition('x', undefined, [], []) },
];
