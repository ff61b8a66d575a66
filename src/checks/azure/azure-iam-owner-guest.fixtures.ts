import type { CheckCase } from '../testing.js';
import { assignment, OWNER, READER, user } from './testkit-iam.js';

export const cases: CheckCase[] = [
  {
    name: 'member owner',
    expect: 'pass',
    resource: assignment(OWNER, 'u-member', 'User'),
    inventory: [user('u-member', 'Member', 'ana@contoso.com')],
  },
  {
    name: 'guest owner',
    expect: 'fail',
    resource: assignment(OWNER, 'u-guest', 'User'),
    inventory: [user('u-guest', 'Guest', 'bob_fabrikam.com#EXT#@contoso.onmicrosoft.com')],
    message: 'Guest user',
  },
  {
    name: 'guest reader',
    expect: 'not_applicable',
    resource: assignment(READER, 'u-guest', 'User'),
    inventory: [user('u-guest', 'Guest', 'bob#EXT#@contoso.onmicrosoft.com')],
  },
  { name: 'owner group', expect: 'not_applicable', resource: assignment(OWNER, 'g-1', 'Group') },
  {
    name: 'user not collected',
    expect: 'error',
    resource: assignment(OWNER, 'u-unknown', 'User'),
    message: 'u-unknown',
  },
];
