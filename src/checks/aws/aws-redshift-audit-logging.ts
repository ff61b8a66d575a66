import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** Redshift audit logging is on (`LoggingStatus.LoggingEnabled` from describe-logging-status). */
export default defineCheck({
  id: 'aws-redshift-audit-logging',
  title: 'Redshift audit logging is enabled',
  rationale:
    'Audit logs record connections, users and queries against the warehouse: who looked at which data, which CloudTrail does not show.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.warehouse'],
  controls: ['LOG-02'],
  remediation: 'Enable audit logging to CloudWatch Logs or S3 (connection, user and user-activity logs).',
  fix: {
    cli: 'aws redshift enable-logging --cluster-identifier CLUSTER --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
  },
  evaluate(cluster) {
    if (rawAt(cluster, 'ClusterStatus') === 'deleting') return notApplicable('The cluster is being deleted.');
    return rawFlagOutcome(
      cluster,
      'LoggingStatus.LoggingEnabled',
      true,
      'Audit logging is enabled.',
      'Audit logging is disabled.',
    );
  },
});
