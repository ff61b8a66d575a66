import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'python3.13',
    expect: 'pass',
    resource: aws('compute.function', { runtime: 'python3.13' }, { service: 'lambda' }),
  },
  {
    name: 'nodejs22.x',
    expect: 'pass',
    resource: aws('compute.function', { runtime: 'nodejs22.x' }, { service: 'lambda' }),
  },
  {
    name: 'python3.7',
    expect: 'fail',
    resource: aws('compute.function', { runtime: 'python3.7' }, { service: 'lambda' }),
  },
  {
    name: 'go1.x',
    expect: 'fail',
    resource: aws('compute.function', { runtime: 'go1.x' }, { service: 'lambda' }),
  },
  {
    name: 'container image',
    expect: 'not_applicable',
    resource: aws('compute.function', {}, { service: 'lambda', raw: { PackageType: 'Image' } }),
  },
  { name: 'unknown', expect: 'error', resource: aws('compute.function', {}, { service: 'lambda' }) },
];
