import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.2: a CloudWatch metric filter and alarm watch console sign-ins without MFA. */
export default defineCheck({
  id: 'aws-monitoring-console-signin-without-mfa',
  title: 'Console sign-in without MFA raises an alarm',
  rationale:
    'A console sign-in without a second factor means a password alone was enough. Alerting on it finds users who slipped through the MFA requirement, or a stolen password in use.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-02', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for console sign-ins without MFA on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name console-signin-without-mfa --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=console-signin-without-mfa,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name console-signin-without-mfa --metric-name console-signin-without-mfa --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.2'] },
  params: {
    monitoredElsewhere: {
      description: 'CloudTrail events are watched by an external SIEM instead of CloudWatch',
      default: false,
    },
  },
  evaluate(account, { inventory, params }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const spec = { subject: 'console sign-ins without MFA', terms: [['ConsoleLogin'], ['MFAUsed']] };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
