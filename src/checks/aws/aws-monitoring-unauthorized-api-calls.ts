import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.1: a CloudWatch metric filter and alarm watch unauthorized API calls. */
export default defineCheck({
  id: 'aws-monitoring-unauthorized-api-calls',
  title: 'Unauthorized API calls raise an alarm',
  rationale:
    'Repeated AccessDenied and UnauthorizedOperation errors are how reconnaissance and misused credentials show up. An alarm on them gives early warning of both.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-07', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for unauthorized API calls on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name unauthorized-api-calls --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=unauthorized-api-calls,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name unauthorized-api-calls --metric-name unauthorized-api-calls --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.1'] },
  params: {
    monitoredElsewhere: {
      description: 'CloudTrail events are watched by an external SIEM instead of CloudWatch',
      default: false,
    },
  },
  evaluate(account, { inventory, params }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const spec = { subject: 'unauthorized API calls', terms: [['UnauthorizedOperation'], ['AccessDenied']] };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
