import { defineCheck, notApplicable } from '../define.js';
import { metricAlarmOutcome } from './trail-util.js';
import { closedAccount } from './util.js';

/** CIS AWS 4.8: a CloudWatch metric filter and alarm watch S3 bucket policy and ACL changes. */
export default defineCheck({
  id: 'aws-monitoring-s3-bucket-policy-changes',
  title: 'S3 bucket policy changes raise an alarm',
  rationale:
    'Bucket policies, ACLs, CORS, lifecycle and replication rules decide who can read data and where it goes. Changes to them should never pass unnoticed.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['DATA-03', 'LOG-05'],
  remediation:
    'Send a multi-region trail to CloudWatch Logs, add a metric filter for S3 bucket policy and ACL changes on its log group, and ' +
    'create an alarm on the metric that notifies an SNS topic with subscribers. If a SIEM watches CloudTrail instead, ' +
    'set the monitoredElsewhere parameter.',
  fix: {
    cli:
      'aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name s3-bucket-policy-changes --filter-pattern "PATTERN" ' +
      '--metric-transformations metricName=s3-bucket-policy-changes,metricNamespace=CISBenchmark,metricValue=1 && ' +
      'aws cloudwatch put-metric-alarm --alarm-name s3-bucket-policy-changes --metric-name s3-bucket-policy-changes --namespace CISBenchmark --statistic Sum ' +
      '--period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions SNS_TOPIC_ARN',
  },
  references: { 'cis-aws-foundations': ['4.8'] },
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
      subject: 'S3 bucket policy and ACL changes',
      terms: [
        ['s3.amazonaws.com'],
        ['PutBucketAcl'],
        ['PutBucketPolicy'],
        ['PutBucketCors'],
        ['PutBucketLifecycle'],
        ['PutBucketReplication'],
        ['DeleteBucketPolicy'],
        ['DeleteBucketCors'],
        ['DeleteBucketLifecycle'],
        ['DeleteBucketReplication'],
      ],
    };
    return metricAlarmOutcome(account, inventory, spec, params.monitoredElsewhere === true);
  },
});
