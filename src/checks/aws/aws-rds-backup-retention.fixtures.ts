import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: '14 days',
    expect: 'pass',
    resource: aws('database.instance', { engine: 'postgres', backupRetentionDays: 14 }),
  },
  {
    name: '1 day',
    expect: 'fail',
    resource: aws('database.instance', { engine: 'postgres', backupRetentionDays: 1 }),
  },
  {
    name: 'backups off',
    expect: 'fail',
    resource: aws('database.instance', { engine: 'mysql', backupRetentionDays: 0 }),
  },
  {
    name: 'stricter parameter',
    expect: 'fail',
    resource: aws('database.instance', { engine: 'mysql', backupRetentionDays: 14 }),
    params: { minimumDays: 30 },
  },
  {
    name: 'Aurora instance',
    expect: 'not_applicable',
    resource: aws('database.instance', { engine: 'aurora-postgresql', backupRetentionDays: 1 }),
  },
  {
    name: 'read replica',
    expect: 'not_applicable',
    resource: aws(
      'database.instance',
      { engine: 'mysql', backupRetentionDays: 0 },
      { raw: { ReadReplicaSourceDBInstanceIdentifier: 'primary' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('database.instance', { engine: 'mysql' }) },
];
