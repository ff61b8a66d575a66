import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'on',
    expect: 'pass',
    resource: aws('database.nosql-table', { pointInTimeRecovery: true }, { service: 'dynamodb' }),
  },
  {
    name: 'off',
    expect: 'fail',
    resource: aws('database.nosql-table', { pointInTimeRecovery: false }, { service: 'dynamodb' }),
  },
  {
    name: 'session cache table',
    expect: 'not_applicable',
    resource: aws(
      'database.nosql-table',
      { pointInTimeRecovery: false },
      { service: 'dynamodb', tags: { ephemeral: 'true' } },
    ),
  },
  {
    name: 'continuous backups not readable',
    expect: 'error',
    resource: aws('database.nosql-table', {}, { service: 'dynamodb' }),
  },
];
