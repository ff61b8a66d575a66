import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { clusterMember, databaseGone, rawAt } from './util.js';

/** RDS automated backups are kept for at least the configured number of days. */
export default defineCheck({
  id: 'aws-rds-backup-retention',
  title: 'RDS automated backups are kept long enough',
  rationale:
    'Automated backups allow point-in-time recovery within their retention window. A short window (or 0, which ' +
    'turns backups off) may end before corruption or an intrusion is even noticed.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['BAK-01'],
  remediation: 'Set the backup retention period to at least the required number of days (up to 35).',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --backup-retention-period 14 --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  backup_retention_period = 14\n}',
  },
  params: { minimumDays: { description: 'shortest acceptable backup retention', default: 7 } },
  evaluate(db, { params }) {
    const gone = databaseGone(db) ?? clusterMember(db);
    if (gone) return notApplicable(gone);
    if (typeof rawAt(db, 'ReadReplicaSourceDBInstanceIdentifier') === 'string')
      return notApplicable('A read replica; its source holds the backups.');
    const days = need<number>(db, 'backupRetentionDays');
    const min = Number(params.minimumDays);
    if (days === 0)
      return fail('Automated backups are turned off.', [{ path: 'backupRetentionDays', value: 0 }]);
    return days >= min
      ? pass(`Backups are kept for ${days} days.`, [{ path: 'backupRetentionDays', value: days }])
      : fail(`Backups are kept for ${days} days, fewer than ${min}.`, [
          { path: 'backupRetentionDays', value: days },
        ]);
  },
});
