import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const sensitive = { service: 'dynamodb', tags: { 'data-classification': 'restricted' } };

export const cases: CheckCase[] = [
  {
    name: 'customer managed',
    expect: 'pass',
    resource: aws(
      'database.nosql-table',
      { encryption: { enabled: true, keyType: 'customer-managed' } },
      sensitive,
    ),
  },
  {
    name: 'AWS owned key',
    expect: 'fail',
    resource: aws('database.nosql-table', { encryption: { enabled: true, keyType: 'provider' } }, sensitive),
  },
  {
    name: 'public reference data',
    expect: 'not_applicable',
    resource: aws(
      'database.nosql-table',
      { encryption: { enabled: true, keyType: 'provider' } },
      { service: 'dynamodb' },
    ),
  },
  {
    name: 'unknown',
    expect: 'error',
    resource: aws('database.nosql-table', { encryption: { enabled: true } }, sensitive),
  },
];
