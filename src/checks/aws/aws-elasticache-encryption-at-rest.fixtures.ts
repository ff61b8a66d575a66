import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cache = (raw: Record<string, unknown>) =>
  aws(
    'database.cache',
    {},
    { service: 'elasticache', raw: { ReplicationGroupId: 'sessions', Engine: 'redis', ...raw } },
  );

export const cases: CheckCase[] = [
  { name: 'encrypted', expect: 'pass', resource: cache({ AtRestEncryptionEnabled: true }) },
  { name: 'plain', expect: 'fail', resource: cache({ AtRestEncryptionEnabled: false }) },
  { name: 'memcached', expect: 'not_applicable', resource: cache({ Engine: 'memcached' }) },
  { name: 'unknown', expect: 'error', resource: cache({}) },
];
