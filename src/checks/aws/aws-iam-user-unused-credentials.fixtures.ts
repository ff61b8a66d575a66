import type { CheckCase } from '../testing.js';
import { aws, daysAgo } from './fixture-kit.js';

const user = (props: Record<string, unknown>, raw: Record<string, unknown> = { CreateDate: daysAgo(400) }) =>
  aws(
    'identity.principal',
    { type: 'user', consoleAccess: false, accessKeys: [], ...props },
    { service: 'iam', raw },
  );

export const cases: CheckCase[] = [
  {
    name: 'password and key both used recently',
    expect: 'pass',
    resource: user({
      consoleAccess: true,
      passwordLastUsed: daysAgo(3),
      accessKeys: [{ id: 'AKIA1', active: true, created: daysAgo(200), lastUsed: daysAgo(1) }],
    }),
  },
  {
    name: 'old key that is already inactive',
    expect: 'pass',
    resource: user({
      accessKeys: [{ id: 'AKIA1', active: false, created: daysAgo(300), lastUsed: daysAgo(200) }],
    }),
  },
  {
    name: 'new user who has not signed in yet',
    expect: 'pass',
    resource: user({ consoleAccess: true, passwordLastUsed: 'never' }, { CreateDate: daysAgo(5) }),
  },
  {
    name: 'password unused for 60 days',
    expect: 'fail',
    resource: user({ consoleAccess: true, passwordLastUsed: daysAgo(60) }),
    message: 'console password',
  },
  {
    name: 'active key never used, created 100 days ago',
    expect: 'fail',
    resource: user({ accessKeys: [{ id: 'AKIA2', active: true, created: daysAgo(100) }] }),
    message: 'AKIA2',
  },
  {
    name: 'a role is not a user',
    expect: 'not_applicable',
    resource: aws('identity.principal', { type: 'role' }),
  },
  {
    name: 'credential report not collected',
    expect: 'error',
    resource: aws(
      'identity.principal',
      { type: 'user', consoleAccess: true },
      { unknown: [{ path: 'passwordLastUsed', reason: 'credential report not generated' }] },
    ),
    message: 'credential report',
  },
];
