import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  { name: 'exported', expect: 'pass', resource: aws('database.instance', { auditLogging: true }) },
  { name: 'not exported', expect: 'fail', resource: aws('database.instance', { auditLogging: false }) },
  {
    name: 'deleted',
    expect: 'not_applicable',
    resource: aws('database.instance', {}, { raw: { DBInstanceStatus: 'deleted' } }),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', {}) },
];
