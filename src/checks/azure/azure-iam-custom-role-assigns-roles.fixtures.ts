import type { CheckCase } from '../testing.js';
import { SUB_ID } from './testkit.js';
import { roleDefinition } from './testkit-iam.js';

export const cases: CheckCase[] = [
  {
    name: 'contributor-like: "*" minus authorization writes',
    expect: 'pass',
    resource: roleDefinition(
      'platform-contributor',
      'CustomRole',
      [
        {
          actions: ['*'],
          notActions: ['Microsoft.Authorization/*/Write', 'Microsoft.Authorization/*/Delete'],
        },
      ],
      [SUB_ID],
    ),
  },
  {
    name: 'narrow actions',
    expect: 'pass',
    resource: roleDefinition('reader-plus', 'CustomRole', [{ actions: ['*/read'] }], [SUB_ID]),
  },
  {
    name: 'authorization wildcard',
    expect: 'fail',
    resource: roleDefinition(
      'access-admin',
      'CustomRole',
      [{ actions: ['Microsoft.Authorization/*', 'Microsoft.Resources/*/read'] }],
      [SUB_ID],
    ),
    message: 'Microsoft.Authorization/*',
  },
  {
    name: 'explicit roleAssignments/write',
    expect: 'fail',
    resource: roleDefinition(
      'granter',
      'CustomRole',
      [{ actions: ['Microsoft.Authorization/roleAssignments/write'] }],
      [SUB_ID],
    ),
  },
  {
    name: 'reviewed role',
    expect: 'not_applicable',
    params: { allowedRoles: ['granter'] },
    resource: roleDefinition(
      'granter',
      'CustomRole',
      [{ actions: ['Microsoft.Authorization/roleAssignments/write'] }],
      [SUB_ID],
    ),
  },
  {
    name: 'built-in role',
    expect: 'not_applicable',
    resource: roleDefinition(
      'User Access Administrator',
      'BuiltInRole',
      [{ actions: ['Microsoft.Authorization/*'] }],
      ['/'],
    ),
  },
  { name: 'definition not collected', expect: 'error', resource: roleDefinition('x', undefined, [], []) },
];
