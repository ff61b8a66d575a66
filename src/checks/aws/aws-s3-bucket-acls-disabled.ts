import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isDirectoryBucket } from './util.js';

/** Object Ownership is "bucket owner enforced": ACLs are off and policies alone decide access. */
export default defineCheck({
  id: 'aws-s3-bucket-acls-disabled',
  title: 'S3 buckets have ACLs disabled (bucket owner enforced)',
  rationale:
    'Object ACLs let individual uploads grant their own access, outside the bucket policy that reviewers look at. ' +
    'With ACLs disabled, the bucket owner owns every object and policies are the single source of access.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['IAM-03'],
  remediation:
    'Move any access granted by ACLs into the bucket policy, then set Object Ownership to BucketOwnerEnforced.',
  fix: {
    cli: 'aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform:
      'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  evaluate(bucket) {
    if (isDirectoryBucket(bucket)) return notApplicable('Directory buckets have no ACLs.');
    return need<boolean>(bucket, 'uniformAccess')
      ? pass('ACLs are disabled; the bucket owner owns every object.', [
          { path: 'uniformAccess', value: true },
        ])
      : fail('ACLs are still in effect on the bucket.', [{ path: 'uniformAccess', value: false }]);
  },
});
