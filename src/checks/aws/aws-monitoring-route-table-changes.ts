import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.13: a CloudWatch metric filter and alarm watch route table changes. */
export default defineCheck({
  id: 'aws-monitoring-route-table-changes',
  title: 'Route table changes raise an alarm',
  rationale:
    'A changed route can send traffic around inspection points or out to the internet. Alerting on route changes keeps traffic on its designed path.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['NET-01', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for route table changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name route-table-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=route-table-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name route-table-changes --metric-name route-table-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.13'] },
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
      subject: 'route table changes',
      terms: [
        ['CreateRoute'],
        ['CreateRouteTable'],
        ['ReplaceRoute'],
        ['ReplaceRouteTableAssociation'],
        ['DeleteRouteTable'],
        ['DeleteRoute'],
        ['DisassociateRouteTable'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
