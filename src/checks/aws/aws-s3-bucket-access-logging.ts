import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isDirectoryBucket } from './util.js';

/** S3 server access logging records each request made to the bucket. */
export default defineCheck({
  id: 'aws-s3-bucket-access-logging',
  title: 'S3 buckets have server access logging enabled',
  rationale:
    'Access logs show who read, wrote or listed objects and from where. Without them, the extent of a leak from a ' +
    'bucket cannot be established.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['LOG-02'],
  remediation:
    'Enable server access logging to a dedicated log bucket (or record S3 data events with CloudTrail).',
  fix: {
    cli: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'',
    terraform:
      'resource "aws_s3_bucket_logging" "this" {\n  bucket = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "log/"\n}',
  },
  evaluate(bucket, { inventory }) {
    if (isDirectoryBucket(bucket))
      return notApplicable('Directory buckets do not support server access logs.');
    // A bucket that receives other buckets' access logs would log its own deliveries in a loop.
    if (inventory.referrers(bucket.id, 'logs-to').some((r) => r.kind === 'storage.bucket'))
      return notApplicable('The bucket is a target of access logs.');
    return need<boolean>(bucket, 'accessLogging')
      ? pass('Server access logging is enabled.', [{ path: 'accessLogging', value: true }])
      : fail('Server access logging is off.', [{ path: 'accessLogging', value: false }]);
  },
});
