import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  { name: 'on', expect: 'pass', resource: aws('database.instance', { autoMinorVersionUpgrade: true }) },
  { name: 'off', expect: 'fail', resource: aws('database.instance', { autoMinorVersionUpgrade: false }) },
  {
    name: 'deleted',
    expect: 'not_applicable',
    resource: aws(
      'database.instance',
      { autoMinorVersionUpgrade: false },
      { raw: { DBInstanceStatus: 'deleting' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', {}) },
];
