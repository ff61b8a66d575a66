import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'enabled everywhere',
    expect: 'pass',
    resource: aws(
      'identity.account',
      {},
      { raw: { GuardDuty: { 'us-east-1': { Status: 'ENABLED' }, 'eu-west-1': { Status: 'ENABLED' } } } },
    ),
  },
  {
    name: 'suspended detector in one region, none in another',
    expect: 'fail',
    resource: aws(
      'identity.account',
      {},
      { raw: { GuardDuty: { 'us-east-1': { Status: 'DISABLED' }, 'eu-west-1': null } } },
    ),
    message: 'us-east-1, eu-west-1',
  },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  { name: 'not collected', expect: 'error', resource: aws('identity.account', {}, { raw: { Regions: [] } }) },
];
