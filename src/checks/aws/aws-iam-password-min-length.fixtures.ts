import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: '14 characters',
    expect: 'pass',
    resource: aws('identity.account', { passwordPolicy: { MinimumPasswordLength: 14 } }),
  },
  {
    name: 'AWS Config casing, 16',
    expect: 'pass',
    resource: aws('identity.account', { passwordPolicy: { minimumPasswordLength: 16 } }),
  },
  {
    name: '8 characters',
    expect: 'fail',
    resource: aws('identity.account', { passwordPolicy: { MinimumPasswordLength: 8 } }),
  },
  {
    name: 'no password policy set',
    expect: 'fail',
    resource: aws('identity.account', { passwordPolicy: {} }),
  },
  {
    name: 'stricter parameter',
    expect: 'fail',
    resource: aws('identity.account', { passwordPolicy: { MinimumPasswordLength: 14 } }),
    params: { minimumLength: 16 },
  },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', { passwordPolicy: {} }, { raw: { Status: 'SUSPENDED' } }),
  },
  {
    name: 'policy not readable',
    expect: 'error',
    resource: aws('identity.account', {}, { unknown: [{ path: 'passwordPolicy', reason: 'AccessDenied' }] }),
    message: 'AccessDenied',
  },
];
