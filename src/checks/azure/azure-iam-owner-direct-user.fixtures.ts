import type { CheckCase } from '../testing.js';
import { SUB_ID } from './testkit.js';
import { assignment, OWNER, READER, roleDefinition } from './testkit-iam.js';

const custom = roleDefinition('everything', 'CustomRole', [{ actions: ['*'] }], [SUB_ID]);

export const cases: CheckCase[] = [
  { name: 'owner through a group', expect: 'pass', resource: assignment(OWNER, 'g-admins', 'Group') },
  { name: 'owner directly to a user', expect: 'fail', resource: assignment(OWNER, 'u-1', 'User') },
  {
    name: 'owner-equivalent custom role to a user at a management group',
    expect: 'fail',
    resource: assignment(custom.id, 'u-2', 'User', '/providers/microsoft.management/managementgroups/corp'),
    inventory: [custom],
    message: 'everything',
  },
  {
    name: 'break-glass account',
    expect: 'not_applicable',
    params: { allowedPrincipals: ['u-bg'] },
    resource: assignment(OWNER, 'u-bg', 'User'),
  },
  {
    name: 'owner on a resource group',
    expect: 'not_applicable',
    resource: assignment(OWNER, 'u-3', 'User', `${SUB_ID}/resourcegroups/app`),
  },
  { name: 'reader', expect: 'not_applicable', resource: assignment(READER, 'u-4', 'User') },
  {
    name: 'assignment fields not collected',
    expect: 'error',
    resource: assignment(OWNER, 'u-5', 'User', SUB_ID, { principalId: null }),
  },
];
