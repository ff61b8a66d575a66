import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  { name: 'private', expect: 'pass', resource: aws('database.instance', { publiclyAccessible: false }) },
  { name: 'public', expect: 'fail', resource: aws('database.instance', { publiclyAccessible: true }) },
  {
    name: 'deleting',
    expect: 'not_applicable',
    resource: aws(
      'database.instance',
      { publiclyAccessible: true },
      { raw: { DBInstanceStatus: 'deleting' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', {}) },
];
