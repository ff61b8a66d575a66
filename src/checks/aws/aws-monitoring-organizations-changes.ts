import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.15: a CloudWatch metric filter and alarm watch AWS Organizations changes. */
export default defineCheck({
  id: 'aws-monitoring-organizations-changes',
  title: 'AWS Organizations changes raise an alarm',
  rationale:
    'Organisation changes move accounts between guardrails, change service control policies or remove accounts altogether. They should be rare and always seen.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['CFG-03', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for AWS Organizations changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name organizations-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=organizations-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name organizations-changes --metric-name organizations-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.15'] },
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
      subject: 'AWS Organizations changes',
      terms: [
        ['organizations.amazonaws.com'],
        ['AcceptHandshake'],
        ['AttachPolicy'],
        ['CreateAccount'],
        ['CreateOrganizationalUnit'],
        ['CreatePolicy'],
        ['DeclineHandshake'],
        ['DeleteOrganization'],
        ['DeleteOrganizationalUnit'],
        ['DeletePolicy'],
        ['DetachPolicy'],
        ['DisablePolicyType'],
        ['EnablePolicyType'],
        ['InviteAccountToOrganization'],
        ['LeaveOrganization'],
        ['MoveAccount'],
        ['RemoveAccountFromOrganization'],
        ['UpdatePolicy'],
        ['UpdateOrganizationalUnit'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
