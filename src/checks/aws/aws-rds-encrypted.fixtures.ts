import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'encrypted',
    expect: 'pass',
    resource: aws('database.instance', { engine: 'postgres', encryption: { enabled: true } }),
  },
  {
    name: 'unencrypted',
    expect: 'fail',
    resource: aws('database.instance', { engine: 'mysql', encryption: { enabled: false } }),
  },
  {
    name: 'being deleted',
    expect: 'not_applicable',
    resource: aws(
      'database.instance',
      { encryption: { enabled: false } },
      { raw: { DBInstanceStatus: 'deleting' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', { engine: 'mysql' }) },
];
