import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.12: a CloudWatch metric filter and alarm watch network gateway changes. */
export default defineCheck({
  id: 'aws-monitoring-network-gateway-changes',
  title: 'Network gateway changes raise an alarm',
  rationale:
    'Internet and customer gateways are the doors of a VPC. Adding or moving one changes what can reach the network and where traffic can leave.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['NET-01', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for network gateway changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name network-gateway-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=network-gateway-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name network-gateway-changes --metric-name network-gateway-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.12'] },
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
      subject: 'network gateway changes',
      terms: [
        ['CreateCustomerGateway'],
        ['DeleteCustomerGateway'],
        ['AttachInternetGateway'],
        ['CreateInternetGateway'],
        ['DeleteInternetGateway'],
        ['DetachInternetGateway'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
