import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** ElastiCache clusters encrypt client and replication traffic (`TransitEncryptionEnabled`). */
export default defineCheck({
  id: 'aws-elasticache-encryption-in-transit',
  title: 'ElastiCache traffic is encrypted in transit',
  rationale:
    'Without TLS, anything on the network path can read or alter cached sessions and tokens, and AUTH passwords travel in clear text.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.cache'],
  controls: ['EIT-02'],
  remediation:
    'Enable in-transit encryption (preferred mode first, then required) and switch clients to TLS.',
  fix: {
    cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately',
    terraform:
      'resource "aws_elasticache_replication_group" "this" {\n  transit_encryption_enabled = true\n}',
  },
  evaluate(cache) {
    const status = rawAt(cache, 'Status');
    if (status === 'deleting') return notApplicable('The cache is being deleted.');
    return rawFlagOutcome(
      cache,
      'TransitEncryptionEnabled',
      true,
      'Traffic is encrypted with TLS.',
      'Traffic to the cache is not encrypted.',
    );
  },
});
