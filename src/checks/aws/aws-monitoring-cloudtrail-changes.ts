import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.5: a CloudWatch metric filter and alarm watch CloudTrail configuration changes. */
export default defineCheck({
  id: 'aws-monitoring-cloudtrail-changes',
  title: 'CloudTrail configuration changes raise an alarm',
  rationale:
    'Stopping or changing a trail is a classic first step to hide what follows. An alarm makes the audit trail itself watched.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['LOG-01', 'LOG-04', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for CloudTrail configuration changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name cloudtrail-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=cloudtrail-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name cloudtrail-changes --metric-name cloudtrail-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.5'] },
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
      subject: 'CloudTrail configuration changes',
      terms: [['CreateTrail'], ['UpdateTrail'], ['DeleteTrail'], ['StartLogging'], ['StopLogging']],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
