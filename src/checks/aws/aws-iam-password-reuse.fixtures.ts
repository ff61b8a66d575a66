import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'remembers 24',
    expect: 'pass',
    resource: aws('identity.account', { passwordPolicy: { PasswordReusePrevention: 24 } }),
  },
  {
    name: 'remembers 5',
    expect: 'fail',
    resource: aws('identity.account', { passwordPolicy: { PasswordReusePrevention: 5 } }),
  },
  {
    name: 'reuse not limited',
    expect: 'fail',
    resource: aws('identity.account', { passwordPolicy: { MinimumPasswordLength: 14 } }),
  },
  {
    name: 'suspended account',
    expect: 'not_applicable',
    resource: aws('identity.account', { passwordPolicy: {} }, { raw: { Status: 'SUSPENDED' } }),
  },
  {
    name: 'policy unknown',
    expect: 'error',
    resource: aws('identity.account', {}),
    message: 'passwordPolicy',
  },
];
