import type { CheckCase } from '../testing.js';
import { SUB_ID, subscription } from './testkit.js';
import { assignment, OWNER, READER } from './testkit-iam.js';

const owners = (n: number) => Array.from({ length: n }, (_, i) => assignment(OWNER, `u-${i}`, 'User'));

export const cases: CheckCase[] = [
  {
    name: 'two owners and readers',
    expect: 'pass',
    resource: subscription(),
    inventory: [...owners(2), assignment(READER, 'u-9', 'User')],
  },
  {
    name: 'five owners',
    expect: 'fail',
    resource: subscription(),
    inventory: owners(5),
    message: '5 principals',
  },
  {
    name: 'stricter maximum',
    expect: 'fail',
    params: { maxOwners: 1 },
    resource: subscription(),
    inventory: owners(2),
  },
  {
    name: 'owners on a resource group do not count',
    expect: 'pass',
    resource: subscription(),
    inventory: [
      ...owners(1),
      ...Array.from({ length: 5 }, (_, i) =>
        assignment(OWNER, `rg-${i}`, 'User', `${SUB_ID}/resourcegroups/app`),
      ),
    ],
  },
  {
    name: 'a resource group',
    expect: 'not_applicable',
    resource: subscription({}, { id: `${SUB_ID}/resourcegroups/app` }),
  },
  { name: 'assignments not collected', expect: 'error', resource: subscription() },
];
