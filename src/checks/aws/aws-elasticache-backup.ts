import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRawNumber, rawAt, tagged } from './util.js';

/** Redis OSS / Valkey caches that are not pure caches keep automatic snapshots (`SnapshotRetentionLimit` > 0). */
export default defineCheck({
  id: 'aws-elasticache-backup',
  title: 'ElastiCache for Redis keeps automatic backups',
  rationale:
    'When Redis holds state (queues, sessions, leaderboards) rather than a rebuildable cache, losing the cluster loses that state unless snapshots exist.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['database.cache'],
  controls: ['BAK-01'],
  remediation: 'Set a snapshot retention limit of at least one day.',
  fix: {
    cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --snapshot-retention-limit 7 --apply-immediately',
  },
  params: {
    exemptTag: {
      description: 'tag key marking pure caches that can be rebuilt (value "true")',
      default: 'ephemeral',
    },
  },
  evaluate(cache, { params }) {
    if (rawAt(cache, 'Engine') === 'memcached') return notApplicable('Memcached has no backups.');
    if (tagged(cache, String(params.exemptTag), ['true'])) return notApplicable('A rebuildable cache.');
    const days = needRawNumber(cache, 'SnapshotRetentionLimit');
    return days > 0
      ? pass(`Snapshots are kept ${days} days.`)
      : fail('Automatic backups are off.', [{ path: 'raw.SnapshotRetentionLimit', value: days }]);
  },
});
