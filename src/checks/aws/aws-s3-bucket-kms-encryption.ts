import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/**
 * Buckets holding classified data are encrypted by default with a customer managed KMS key (SSE-KMS or DSSE-KMS),
 * not only with S3-managed keys, so access to the data also depends on the key policy.
 */
export default defineCheck({
  id: 'aws-s3-bucket-kms-encryption',
  title: 'Sensitive S3 buckets are encrypted with a customer managed KMS key',
  rationale:
    'Every bucket is encrypted with S3-managed keys, which anyone allowed to read an object can decrypt. A customer ' +
    'managed KMS key adds a second, separately controlled permission and a CloudTrail record of each decryption.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['EAR-02', 'KEY-03'],
  remediation:
    'Set the bucket default encryption to SSE-KMS with a customer managed key, with S3 Bucket Keys enabled.',
  fix: {
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n      kms_master_key_id = aws_kms_key.this.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
  },
  params: {
    classificationTag: {
      description: 'tag key holding the data classification',
      default: 'data-classification',
    },
    sensitiveValues: {
      description: 'classification values that require a customer managed key',
      default: ['confidential', 'restricted', 'sensitive'],
    },
  },
  evaluate(bucket, { params }) {
    if (!tagged(bucket, String(params.classificationTag), params.sensitiveValues as string[]))
      return notApplicable('The bucket is not classified as sensitive.');
    const enc = need<{ enabled: boolean; keyId?: string }>(bucket, 'encryption');
    if (!enc.enabled)
      return fail('The bucket has no default encryption.', [{ path: 'encryption', value: enc }]);
    const keyType = need<string>(bucket, 'encryption.keyType');
    if (keyType === 'customer-managed')
      return pass(`Encrypted by default with the customer managed key ${enc.keyId ?? '(id not recorded)'}.`);
    return fail(`The bucket is encrypted with ${keyType} keys, not a customer managed key.`, [
      { path: 'encryption', value: enc },
    ]);
  },
});
