import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  { name: 'root MFA on', expect: 'pass', resource: aws('identity.account', { rootMfa: true }) },
  { name: 'root MFA off', expect: 'fail', resource: aws('identity.account', { rootMfa: false }) },
  {
    name: 'account pending closure',
    expect: 'not_applicable',
    resource: aws(
      'identity.account',
      { rootMfa: false },
      { raw: { Account: { Status: 'PENDING_CLOSURE' } } },
    ),
  },
  {
    name: 'account summary not collected',
    expect: 'error',
    resource: aws(
      'identity.account',
      {},
      { unknown: [{ path: 'rootMfa', reason: 'get-account-summary missing' }] },
    ),
    message: 'get-account-summary missing',
  },
];
