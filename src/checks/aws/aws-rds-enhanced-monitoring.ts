import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asNumber, databaseGone, needRawObject, rawAt, tagged } from './util.js';

/** Production RDS instances have Enhanced Monitoring (MonitoringInterval above 0). */
export default defineCheck({
  id: 'aws-rds-enhanced-monitoring',
  title: 'Production RDS instances have Enhanced Monitoring',
  rationale:
    'Enhanced Monitoring reports operating-system metrics of the database host at up to one-second granularity, ' +
    'which is what diagnosing saturation and unexplained load requires.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['LOG-05', 'AVL-03'],
  remediation: 'Set a monitoring interval (for example 60 seconds) and a monitoring role.',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --monitoring-interval 60 --monitoring-role-arn ROLE_ARN',
  },
  params: {
    environmentTag: { description: 'tag key holding the environment', default: 'environment' },
    productionValues: { description: 'values that mark production', default: ['prod', 'production'] },
  },
  evaluate(db, { params }) {
    const gone = databaseGone(db);
    if (gone) return notApplicable(gone);
    if (!tagged(db, String(params.environmentTag), params.productionValues as string[]))
      return notApplicable('Not a production database.');
    needRawObject(db);
    // describe-db-instances reports MonitoringInterval 0 (or omits it) when Enhanced Monitoring is off.
    const interval = asNumber(rawAt(db, 'MonitoringInterval')) ?? 0;
    return interval > 0
      ? pass(`Enhanced Monitoring reports every ${interval} seconds.`)
      : fail('Enhanced Monitoring is off.', [{ path: 'raw.MonitoringInterval', value: interval }]);
  },
});
