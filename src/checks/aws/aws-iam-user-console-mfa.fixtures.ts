import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const user = (props: Record<string, unknown>, extra = {}) =>
  aws('identity.principal', { type: 'user', ...props }, { service: 'iam', ...extra });

export const cases: CheckCase[] = [
  { name: 'console user with MFA', expect: 'pass', resource: user({ consoleAccess: true, mfa: true }) },
  { name: 'console user without MFA', expect: 'fail', resource: user({ consoleAccess: true, mfa: false }) },
  {
    name: 'programmatic-only user',
    expect: 'not_applicable',
    resource: user({ consoleAccess: false, mfa: false }),
  },
  {
    name: 'a role session is not a user',
    expect: 'not_applicable',
    resource: aws('identity.principal', { type: 'role' }),
  },
  {
    name: 'MFA devices not listed',
    expect: 'error',
    resource: user(
      { consoleAccess: true },
      { unknown: [{ path: 'mfa', reason: 'ListMFADevices throttled' }] },
    ),
    message: 'throttled',
  },
];
