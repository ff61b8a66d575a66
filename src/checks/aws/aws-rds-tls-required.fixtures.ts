import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'forced',
    expect: 'pass',
    resource: aws('database.instance', { engine: 'postgres', tlsRequired: true }),
  },
  {
    name: 'optional',
    expect: 'fail',
    resource: aws('database.instance', { engine: 'mysql', tlsRequired: false }),
  },
  {
    name: 'deleting',
    expect: 'not_applicable',
    resource: aws('database.instance', { tlsRequired: false }, { raw: { DBInstanceStatus: 'deleting' } }),
  },
  {
    name: 'parameter group not readable',
    expect: 'error',
    resource: aws(
      'database.instance',
      { engine: 'mysql' },
      { unknown: [{ path: 'tlsRequired', reason: 'DescribeDBParameters denied' }] },
    ),
    message: 'denied',
  },
];
