import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'validation on',
    expect: 'pass',
    resource: aws('logging.trail', { logging: true, logFileValidation: true }),
  },
  {
    name: 'validation off',
    expect: 'fail',
    resource: aws('logging.trail', { logging: true, logFileValidation: false }),
  },
  {
    name: 'stopped trail',
    expect: 'not_applicable',
    resource: aws('logging.trail', { logging: false, logFileValidation: false }),
  },
  { name: 'unknown', expect: 'error', resource: aws('logging.trail', { logging: true }) },
];
