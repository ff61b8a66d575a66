import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.7: a CloudWatch metric filter and alarm watch disabled or scheduled-for-deletion KMS keys. */
export default defineCheck({
  id: 'aws-monitoring-cmk-disable-delete',
  title: 'Disabling or scheduled deletion of KMS keys raises an alarm',
  rationale:
    'Data encrypted under a disabled or deleted key becomes unreadable. An alarm gives time to cancel a deletion during its waiting period.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['KEY-04', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for disabled or scheduled-for-deletion KMS keys on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name cmk-disable-delete --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=cmk-disable-delete,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name cmk-disable-delete --metric-name cmk-disable-delete --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.7'] },
  params: {
    monitoredElsewhere: {
      description: 'CloudTrail events are watched by an external SIEM instead of CloudWatch',
      default: false,
    },
  },
  evaluate(account, { inventory, params }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const spec = {
      subject: 'disabled or scheduled-for-deletion KMS keys',
      terms: [['kms.amazonaws.com'], ['DisableKey'], ['ScheduleKeyDeletion']],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
