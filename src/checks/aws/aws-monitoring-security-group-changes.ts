import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.10: a CloudWatch metric filter and alarm watch security group changes. */
export default defineCheck({
  id: 'aws-monitoring-security-group-changes',
  title: 'Security group changes raise an alarm',
  rationale:
    'A single added ingress rule can expose a server to the internet. Alerting on security group changes catches such openings quickly.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['NET-02', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for security group changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name security-group-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=security-group-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name security-group-changes --metric-name security-group-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.10'] },
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
      subject: 'security group changes',
      terms: [
        ['AuthorizeSecurityGroupIngress'],
        ['AuthorizeSecurityGroupEgress'],
        ['RevokeSecurityGroupIngress'],
        ['RevokeSecurityGroupEgress'],
        ['CreateSecurityGroup'],
        ['DeleteSecurityGroup'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
