import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'root user without access keys',
    expect: 'pass',
    resource: aws('identity.account', { rootAccessKeys: false, rootMfa: true }, { service: 'iam' }),
  },
  {
    name: 'root user with an access key',
    expect: 'fail',
    resource: aws('identity.account', { rootAccessKeys: true }, { service: 'iam' }),
  },
  {
    name: 'a suspended member account',
    expect: 'not_applicable',
    resource: aws(
      'identity.account',
      { rootAccessKeys: true },
      { service: 'iam', raw: { Status: 'SUSPENDED' } },
    ),
  },
  {
    name: 'account summary not readable',
    expect: 'error',
    resource: aws(
      'identity.account',
      {},
      { service: 'iam', unknown: [{ path: 'rootAccessKeys', reason: 'AccessDenied on GetAccountSummary' }] },
    ),
    message: 'AccessDenied on GetAccountSummary',
  },
];
