import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.9: a CloudWatch metric filter and alarm watch AWS Config configuration changes. */
export default defineCheck({
  id: 'aws-monitoring-config-changes',
  title: 'AWS Config configuration changes raise an alarm',
  rationale:
    'Stopping the recorder or removing the delivery channel blinds configuration monitoring. Alerting on it keeps the monitor itself monitored.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['CFG-04', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for AWS Config configuration changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name config-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=config-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name config-changes --metric-name config-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.9'] },
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
      subject: 'AWS Config configuration changes',
      terms: [
        ['config.amazonaws.com'],
        ['StopConfigurationRecorder'],
        ['DeleteDeliveryChannel'],
        ['PutDeliveryChannel'],
        ['PutConfigurationRecorder'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
