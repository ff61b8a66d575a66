import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** ElastiCache (Redis OSS / Valkey) replication groups encrypt data at rest (`AtRestEncryptionEnabled`). */
export default defineCheck({
  id: 'aws-elasticache-encryption-at-rest',
  title: 'ElastiCache data is encrypted at rest',
  rationale:
    'Caches hold sessions, tokens and copies of database rows, and write them to disk in backups and swap. Encryption at rest covers those copies.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.cache'],
  controls: ['EAR-01'],
  remediation:
    'Create an encrypted replication group (encryption cannot be turned on in place for older engines) and migrate.',
  fix: {
    terraform:
      'resource "aws_elasticache_replication_group" "this" {\n  at_rest_encryption_enabled = true\n}',
  },
  evaluate(cache) {
    const engine = String(rawAt(cache, 'Engine') ?? '');
    if (engine === 'memcached') return notApplicable('Memcached keeps data in memory only.');
    return rawFlagOutcome(
      cache,
      'AtRestEncryptionEnabled',
      true,
      'Data at rest is encrypted.',
      'Data at rest is not encrypted.',
    );
  },
});
