import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cluster = (raw: Record<string, unknown>) =>
  aws('database.cluster', {}, { service: 'aurora', raw: { DBClusterIdentifier: 'main', ...raw } });

export const cases: CheckCase[] = [
  { name: '7 days', expect: 'pass', resource: cluster({ BackupRetentionPeriod: 7 }) },
  { name: '1 day', expect: 'fail', resource: cluster({ BackupRetentionPeriod: 1 }) },
  {
    name: 'replica cluster',
    expect: 'not_applicable',
    resource: cluster({
      BackupRetentionPeriod: 1,
      ReplicationSourceIdentifier: 'arn:aws:rds:eu-west-1:111122223333:cluster:main',
    }),
  },
  { name: 'unknown', expect: 'error', resource: cluster({}) },
];
