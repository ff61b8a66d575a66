import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isDirectoryBucket } from './util.js';

/** CIS AWS 2.1.1: the bucket policy denies requests that do not use TLS (aws:SecureTransport false). */
export default defineCheck({
  id: 'aws-s3-bucket-tls-only',
  title: 'S3 bucket policies deny unencrypted (HTTP) requests',
  rationale:
    'S3 answers plain HTTP unless told otherwise, so objects and signed requests can cross networks unencrypted. A ' +
    'Deny on aws:SecureTransport = false makes TLS mandatory for every client.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['EIT-01', 'EIT-02'],
  remediation: 'Add a bucket policy statement denying s3:* to everyone when aws:SecureTransport is false.',
  fix: {
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://deny-http.json',
    terraform:
      'data "aws_iam_policy_document" "tls" {\n  statement {\n    effect = "Deny"\n    actions = ["s3:*"]\n    resources = [aws_s3_bucket.this.arn, format("%s/*", aws_s3_bucket.this.arn)]\n    principals {\n      type = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test = "Bool"\n      variable = "aws:SecureTransport"\n      values = ["false"]\n    }\n  }\n}',
  },
  references: { 'cis-aws-foundations': ['2.1.1'] },
  evaluate(bucket) {
    // Directory buckets are reached only through the S3 Express endpoints, which require HTTPS.
    if (isDirectoryBucket(bucket)) return notApplicable('A directory bucket, reachable over HTTPS only.');
    return need<boolean>(bucket, 'tlsOnly')
      ? pass('The bucket policy refuses requests without TLS.', [{ path: 'tlsOnly', value: true }])
      : fail('No bucket policy statement denies requests made without TLS.', [
          { path: 'tlsOnly', value: false },
        ]);
  },
});
