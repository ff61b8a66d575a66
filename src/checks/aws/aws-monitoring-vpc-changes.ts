import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.14: a CloudWatch metric filter and alarm watch VPC changes. */
export default defineCheck({
  id: 'aws-monitoring-vpc-changes',
  title: 'VPC changes raise an alarm',
  rationale:
    'New VPCs and peering connections create paths between networks. Alerting on them keeps the network layout under control.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['NET-01', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for VPC changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name vpc-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=vpc-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name vpc-changes --metric-name vpc-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.14'] },
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
      subject: 'VPC changes',
      terms: [
        ['CreateVpc'],
        ['DeleteVpc'],
        ['ModifyVpcAttribute'],
        ['AcceptVpcPeeringConnection'],
        ['CreateVpcPeeringConnection'],
        ['DeleteVpcPeeringConnection'],
        ['RejectVpcPeeringConnection'],
        ['AttachClassicLinkVpc'],
        ['DetachClassicLinkVpc'],
        ['DisableVpcClassicLink'],
        ['EnableVpcClassicLink'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
