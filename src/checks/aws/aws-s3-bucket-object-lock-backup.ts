import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** Buckets that hold backups have S3 Object Lock, so backups cannot be deleted or overwritten before they expire. */
export default defineCheck({
  id: 'aws-s3-bucket-object-lock-backup',
  title: 'Backup buckets use S3 Object Lock',
  rationale:
    'Ransomware and insiders go for backups first. Object Lock (WORM) keeps each backup version immutable for its ' +
    'retention period, even against an administrator.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['BAK-02'],
  remediation:
    'Create the backup bucket with Object Lock enabled and a default retention (compliance mode for regulated ' +
    'data), then move the backups to it. Object Lock can also be enabled on an existing versioned bucket.',
  fix: {
    cli: 'aws s3api put-object-lock-configuration --bucket BUCKET --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"COMPLIANCE","Days":35}}}\'',
    terraform:
      'resource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "COMPLIANCE"\n      days = 35\n    }\n  }\n}',
  },
  params: {
    purposeTag: { description: 'tag key describing what a bucket is for', default: 'purpose' },
    backupValues: {
      description: 'values of that tag that mark a backup bucket',
      default: ['backup', 'backups'],
    },
  },
  evaluate(bucket, { params }) {
    if (!tagged(bucket, String(params.purposeTag), params.backupValues as string[]))
      return notApplicable('Not tagged as a backup bucket.');
    return need<boolean>(bucket, 'objectLock')
      ? pass('Object Lock is enabled on the backup bucket.', [{ path: 'objectLock', value: true }])
      : fail('The backup bucket has no Object Lock: its backups can be deleted.', [
          { path: 'objectLock', value: false },
        ]);
  },
});
