import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.6: a CloudWatch metric filter and alarm watch failed console sign-ins. */
export default defineCheck({
  id: 'aws-monitoring-console-auth-failures',
  title: 'Console authentication failures raise an alarm',
  rationale:
    'Bursts of failed console sign-ins point to password guessing. Alerting on them shortens the time to lock the targeted users.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-05', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for failed console sign-ins on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name console-auth-failures --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=console-auth-failures,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name console-auth-failures --metric-name console-auth-failures --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.6'] },
  params: {
    monitoredElsewhere: {
      description: 'CloudTrail events are watched by an external SIEM instead of CloudWatch',
      default: false,
    },
  },
  evaluate(account, { inventory, params }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const spec = { subject: 'failed console sign-ins', terms: [['ConsoleLogin'], ['Failed authentication']] };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
