import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const prod = { service: 'dynamodb', tags: { environment: 'prod' } };

export const cases: CheckCase[] = [
  {
    name: 'protected',
    expect: 'pass',
    resource: aws('database.nosql-table', { deletionProtection: true }, prod),
  },
  {
    name: 'unprotected',
    expect: 'fail',
    resource: aws('database.nosql-table', { deletionProtection: false }, prod),
  },
  {
    name: 'dev table',
    expect: 'not_applicable',
    resource: aws(
      'database.nosql-table',
      { deletionProtection: false },
      { service: 'dynamodb', tags: { environment: 'dev' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.nosql-table', {}, prod) },
];
