import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.11: a CloudWatch metric filter and alarm watch network ACL changes. */
export default defineCheck({
  id: 'aws-monitoring-nacl-changes',
  title: 'Network ACL changes raise an alarm',
  rationale: 'Network ACLs filter whole subnets. An unnoticed change can open or cut off a network segment.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['NET-01', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for network ACL changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name nacl-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=nacl-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name nacl-changes --metric-name nacl-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.11'] },
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
      subject: 'network ACL changes',
      terms: [
        ['CreateNetworkAcl'],
        ['CreateNetworkAclEntry'],
        ['DeleteNetworkAcl'],
        ['DeleteNetworkAclEntry'],
        ['ReplaceNetworkAclEntry'],
        ['ReplaceNetworkAclAssociation'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
