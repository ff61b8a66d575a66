import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.4: a CloudWatch metric filter and alarm watch IAM policy changes. */
export default defineCheck({
  id: 'aws-monitoring-iam-policy-changes',
  title: 'IAM policy changes raise an alarm',
  rationale:
    'Changes to IAM policies change who can do what. Alerting on them catches privilege escalation and mistakes as they happen.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-03', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for IAM policy changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name iam-policy-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=iam-policy-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name iam-policy-changes --metric-name iam-policy-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.4'] },
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
      subject: 'IAM policy changes',
      terms: [
        ['DeleteGroupPolicy'],
        ['DeleteRolePolicy'],
        ['DeleteUserPolicy'],
        ['PutGroupPolicy'],
        ['PutRolePolicy'],
        ['PutUserPolicy'],
        ['CreatePolicy'],
        ['DeletePolicy'],
        ['CreatePolicyVersion'],
        ['DeletePolicyVersion'],
        ['AttachRolePolicy'],
        ['DetachRolePolicy'],
        ['AttachUserPolicy'],
        ['DetachUserPolicy'],
        ['AttachGroupPolicy'],
        ['DetachGroupPolicy'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
