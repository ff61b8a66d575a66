import type { CheckCase } from '../testing.js';
import { SUB_ID } from './testkit.js';
import { roleDefinition } from './testkit-iam.js';

export const cases: CheckCase[] = [
  {
    name: 'scoped actions',
    expect: 'pass',
    resource: roleDefinition(
      'vm-operator',
      'CustomRole',
      [{ actions: ['Microsoft.Compute/virtualMachines/start/action'] }],
      [SUB_ID],
    ),
  },
  {
    name: '"*" at a resource group only',
    expect: 'pass',
    resource: roleDefinition(
      'rg-admin',
      'CustomRole',
      [{ actions: ['*'] }],
      [`${SUB_ID}/resourceGroups/sandbox`],
    ),
  },
  {
    name: '"*" at subscription scope',
    expect: 'fail',
    resource: roleDefinition('super', 'CustomRole', [{ actions: ['*'] }], [SUB_ID]),
  },
  {
    name: '"*" at a management group',
    expect: 'fail',
    resource: roleDefinition(
      'mg-super',
      'CustomRole',
      [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete'] }],
      ['/providers/Microsoft.Management/managementGroups/corp'],
    ),
  },
  {
    name: 'built-in Owner',
    expect: 'not_applicable',
    resource: roleDefinition('Owner', 'BuiltInRole', [{ actions: ['*'] }], ['/']),
  },
  { name: 'definition not collected', expect: 'error', resource: roleDefinition('x', undefined, [], []) },
];
