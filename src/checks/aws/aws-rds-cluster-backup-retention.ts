import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { databaseGone, needRawNumber, rawAt } from './util.js';

/** RDS and Aurora clusters keep automated backups for at least the configured days (`BackupRetentionPeriod`). */
export default defineCheck({
  id: 'aws-rds-cluster-backup-retention',
  title: 'RDS and Aurora cluster backups are kept long enough',
  rationale:
    'The retention period bounds how far back the cluster can be restored to a point in time. One day, the minimum, ' +
    'is rarely enough to catch slow corruption or a quiet intrusion.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.cluster'],
  controls: ['BAK-01'],
  remediation: 'Raise the backup retention period to at least the required number of days.',
  fix: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --backup-retention-period 14 --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "this" {\n  backup_retention_period = 14\n}',
  },
  params: { minimumDays: { description: 'shortest acceptable backup retention', default: 7 } },
  evaluate(cluster, { params }) {
    const gone = databaseGone(cluster);
    if (gone) return notApplicable(gone);
    if (typeof rawAt(cluster, 'ReplicationSourceIdentifier') === 'string')
      return notApplicable('A replica cluster; its source holds the backups.');
    const days = needRawNumber(cluster, 'BackupRetentionPeriod');
    const min = Number(params.minimumDays);
    return days >= min
      ? pass(`Backups are kept for ${days} days.`)
      : fail(`Backups are kept for ${days} days, fewer than ${min}.`, [
          { path: 'raw.BackupRetentionPeriod', value: days },
        ]);
  },
});
