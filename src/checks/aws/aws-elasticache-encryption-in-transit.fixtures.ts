import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cache = (raw: Record<string, unknown>) =>
  aws('database.cache', {}, { service: 'elasticache', raw: { ReplicationGroupId: 'sessions', ...raw } });

export const cases: CheckCase[] = [
  { name: 'TLS', expect: 'pass', resource: cache({ TransitEncryptionEnabled: true }) },
  { name: 'plain', expect: 'fail', resource: cache({ TransitEncryptionEnabled: false }) },
  { name: 'being deleted', expect: 'not_applicable', resource: cache({ Status: 'deleting' }) },
  { name: 'unknown', expect: 'error', resource: cache({}) },
];
