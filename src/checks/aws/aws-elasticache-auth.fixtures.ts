import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cache = (raw: Record<string, unknown> | undefined) =>
  aws('database.cache', {}, { service: 'elasticache', ...(raw ? { raw } : {}) });

export const cases: CheckCase[] = [
  {
    name: 'AUTH token',
    expect: 'pass',
    resource: cache({ ReplicationGroupId: 'g', AuthTokenEnabled: true }),
  },
  { name: 'RBAC', expect: 'pass', resource: cache({ ReplicationGroupId: 'g', UserGroupIds: ['app-users'] }) },
  { name: 'open', expect: 'fail', resource: cache({ ReplicationGroupId: 'g', AuthTokenEnabled: false }) },
  {
    name: 'memcached',
    expect: 'not_applicable',
    resource: cache({ CacheClusterId: 'm', Engine: 'memcached' }),
  },
  { name: 'document missing', expect: 'error', resource: cache(undefined) },
];
