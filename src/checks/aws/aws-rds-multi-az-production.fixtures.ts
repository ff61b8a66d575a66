import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const prod = { tags: { environment: 'prod' } };

export const cases: CheckCase[] = [
  {
    name: 'Multi-AZ',
    expect: 'pass',
    resource: aws('database.instance', { engine: 'postgres', multiAz: true }, prod),
  },
  {
    name: 'single AZ',
    expect: 'fail',
    resource: aws('database.instance', { engine: 'postgres', multiAz: false }, prod),
  },
  {
    name: 'staging',
    expect: 'not_applicable',
    resource: aws(
      'database.instance',
      { engine: 'postgres', multiAz: false },
      { tags: { environment: 'staging' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', { engine: 'postgres' }, prod) },
];
