import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cache = (raw: Record<string, unknown>, tags: Record<string, string> = {}) =>
  aws(
    'database.cache',
    {},
    { service: 'elasticache', tags, raw: { ReplicationGroupId: 'g', Engine: 'redis', ...raw } },
  );

export const cases: CheckCase[] = [
  { name: 'kept 7 days', expect: 'pass', resource: cache({ SnapshotRetentionLimit: 7 }) },
  { name: 'off', expect: 'fail', resource: cache({ SnapshotRetentionLimit: 0 }) },
  {
    name: 'pure cache',
    expect: 'not_applicable',
    resource: cache({ SnapshotRetentionLimit: 0 }, { ephemeral: 'true' }),
  },
  { name: 'unknown', expect: 'error', resource: cache({}) },
];
