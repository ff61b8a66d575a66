import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'protected',
    expect: 'pass',
    resource: aws('database.instance', { engine: 'mysql', deletionProtection: true }),
  },
  {
    name: 'unprotected',
    expect: 'fail',
    resource: aws('database.instance', { engine: 'mysql', deletionProtection: false }),
  },
  {
    name: 'test database',
    expect: 'not_applicable',
    resource: aws(
      'database.instance',
      { engine: 'mysql', deletionProtection: false },
      { tags: { ephemeral: 'true' } },
    ),
  },
  {
    name: 'cluster member',
    expect: 'not_applicable',
    resource: aws('database.instance', { engine: 'aurora-mysql' }, { raw: { DBClusterIdentifier: 'main' } }),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', { engine: 'mysql' }) },
];
