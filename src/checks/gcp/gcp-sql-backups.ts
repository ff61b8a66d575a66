import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isReplica, need, value } from './util.js';

export default defineCheck({
  id: 'gcp-sql-backups',
  title: 'Cloud SQL instances take automated backups',
  rationale:
    'Automated backups (with point-in-time recovery) are what restores a database after corruption, a bad ' +
    'migration, ransomware or an accidental delete. Without them, recovery depends on exports someone remembered.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['database.instance'],
  controls: ['BAK-01'],
  remediation: 'Enable automated backups (and point-in-time recovery or binary logging) on the instance.',
  fix: {
    cli: 'gcloud sql instances patch INSTANCE --backup-start-time=02:00 --enable-point-in-time-recovery',
  },
  references: { 'cis-gcp-foundations': ['6.7'] },
  evaluate(db) {
    if (!isAsset(db, A.sqlInstance)) return notApplicable('Not a Cloud SQL instance.');
    need(db, 'databaseVersion');
    if (isReplica(db)) return notApplicable('A read replica; backups are taken of the primary.');
    const enabled = value<boolean>(db, 'settings.backupConfiguration.enabled');
    if (enabled === undefined) need(db, 'settings.backupConfiguration');
    return enabled === true
      ? pass('Automated backups are on.', [ev('backupConfiguration.enabled', true)])
      : fail('Automated backups are off.', [ev('backupConfiguration.enabled', false)]);
  },
});
