import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  { name: 'on', expect: 'pass', resource: aws('database.instance', { engine: 'postgres', iamAuth: true }) },
  { name: 'off', expect: 'fail', resource: aws('database.instance', { engine: 'mysql', iamAuth: false }) },
  {
    name: 'Oracle has no IAM authentication',
    expect: 'not_applicable',
    resource: aws('database.instance', { engine: 'oracle-ee', iamAuth: false }),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', { engine: 'mariadb' }) },
];
