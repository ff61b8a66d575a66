import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { databaseGone } from './util.js';

/** Database audit (and error) logs are exported to CloudWatch Logs. */
export default defineCheck({
  id: 'aws-rds-audit-logging',
  title: 'RDS instances export audit logs',
  rationale:
    'Logins, failed logins and privileged statements inside the database never reach CloudTrail. Exporting the ' +
    'engine logs to CloudWatch Logs keeps them beyond the instance and available to investigations.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['LOG-02'],
  remediation:
    'Enable the engine audit log (pgaudit, the MariaDB audit plugin, SQL Server audit…) and export it with ' +
    '--cloudwatch-logs-export-configuration.',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error"]}\'',
  },
  evaluate(db) {
    const gone = databaseGone(db);
    if (gone) return notApplicable(gone);
    return need<boolean>(db, 'auditLogging')
      ? pass('Audit logs are exported.')
      : fail('Audit logs are not exported.', [{ path: 'auditLogging', value: false }]);
  },
});
