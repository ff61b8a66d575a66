import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'one year',
    expect: 'pass',
    resource: aws('logging.log-group', { retentionDays: 365 }, { service: 'cloudwatch' }),
  },
  {
    name: 'never expire (no retention in the API document)',
    expect: 'pass',
    resource: aws(
      'logging.log-group',
      {},
      { service: 'cloudwatch', raw: { logGroupName: '/app', storedBytes: 10 } },
    ),
  },
  {
    name: 'one week',
    expect: 'fail',
    resource: aws('logging.log-group', { retentionDays: 7 }, { service: 'cloudwatch' }),
  },
  {
    name: 'approved debug group',
    expect: 'not_applicable',
    resource: aws(
      'logging.log-group',
      { retentionDays: 3 },
      { service: 'cloudwatch', tags: { 'short-retention-approved': 'true' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('logging.log-group', {}, { service: 'cloudwatch' }) },
];
