import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const prod = { tags: { Environment: 'Production' } };

export const cases: CheckCase[] = [
  {
    name: 'detailed',
    expect: 'pass',
    resource: aws('compute.instance', { state: 'running', monitoring: true }, prod),
  },
  {
    name: 'basic',
    expect: 'fail',
    resource: aws('compute.instance', { state: 'running', monitoring: false }, prod),
  },
  {
    name: 'development instance',
    expect: 'not_applicable',
    resource: aws(
      'compute.instance',
      { state: 'running', monitoring: false },
      { tags: { environment: 'dev' } },
    ),
  },
  {
    name: 'stopped',
    expect: 'not_applicable',
    resource: aws('compute.instance', { state: 'stopped', monitoring: false }, prod),
  },
  { name: 'unknown', expect: 'error', resource: aws('compute.instance', { state: 'running' }, prod) },
];
