import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt, tagged } from './util.js';

/**
 * CloudWatch log groups keep their events at least the required number of days. A group without a retention
 * setting keeps events forever (`retentionInDays` absent from describe-log-groups); `retentionDays: 0` means the same.
 */
export default defineCheck({
  id: 'aws-logs-retention',
  title: 'CloudWatch log groups keep logs long enough',
  rationale:
    'Intrusions are often found months after they start. Logs deleted after a few days leave investigators nothing ' +
    'to work with; many regulations ask for a year.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['logging.log-group'],
  controls: ['LOG-04'],
  remediation:
    'Set the log group retention to at least the required number of days (or archive the logs to S3).',
  fix: {
    cli: 'aws logs put-retention-policy --log-group-name GROUP --retention-in-days 365',
    terraform: 'resource "aws_cloudwatch_log_group" "this" {\n  retention_in_days = 365\n}',
  },
  params: {
    minimumDays: { description: 'shortest acceptable retention', default: 365 },
    exemptTag: {
      description: 'tag key marking debug log groups with deliberately short retention (value "true")',
      default: 'short-retention-approved',
    },
  },
  evaluate(group, { params }) {
    if (tagged(group, String(params.exemptTag), ['true']))
      return notApplicable('Short retention approved for this group.');
    let days = group.properties.retentionDays;
    if (
      days === undefined &&
      rawAt(group, 'logGroupName') !== undefined &&
      rawAt(group, 'retentionInDays') === undefined
    )
      days = 0;
    days ??= need<number>(group, 'retentionDays');
    const min = Number(params.minimumDays);
    if (days === 0)
      return pass('Events are kept indefinitely.', [{ path: 'retentionDays', value: 'never expire' }]);
    return days >= min
      ? pass(`Events are kept ${days} days.`, [{ path: 'retentionDays', value: days }])
      : fail(`Events are deleted after ${days} days, fewer than ${min}.`, [
          { path: 'retentionDays', value: days },
        ]);
  },
});
