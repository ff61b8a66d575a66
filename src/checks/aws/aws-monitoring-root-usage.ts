import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.3: a CloudWatch metric filter and alarm watch use of the root user. */
export default defineCheck({
  id: 'aws-monitoring-root-usage',
  title: 'Use of the root user raises an alarm',
  rationale:
    'The root user should almost never act. Any root activity is either a rare planned task or a compromise, and both deserve a human look at once.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-04', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for use of the root user on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name root-usage --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=root-usage,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name root-usage --metric-name root-usage --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.3'] },
  params: {
    monitoredElsewhere: {
      description: 'CloudTrail events are watched by an external SIEM instead of CloudWatch',
      default: false,
    },
  },
  evaluate(account, { inventory, params }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const spec = { subject: 'use of the root user', terms: [['userIdentity.type'], ['Root']] };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
