import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 3.5: the trail encrypts its log files with a KMS key (SSE-KMS). */
export default defineCheck({
  id: 'aws-cloudtrail-kms-encryption',
  title: 'CloudTrail logs are encrypted with a KMS key',
  rationale:
    'With SSE-KMS, reading the logs needs both S3 access and kms:Decrypt on the trail key, so a bucket ' +
    'misconfiguration alone does not expose them, and every decryption is itself logged.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['logging.trail'],
  controls: ['EAR-02', 'LOG-04'],
  remediation:
    'Create a customer managed KMS key whose policy allows CloudTrail to encrypt, and set it as the trail key.',
  fix: {
    cli: 'aws cloudtrail update-trail --name TRAIL --kms-key-id KEY_ARN',
    terraform: 'resource "aws_cloudtrail" "this" {\n  kms_key_id = aws_kms_key.trail.arn\n}',
  },
  references: { 'cis-aws-foundations': ['3.5'] },
  evaluate(trail) {
    if (trail.properties.logging === false) return notApplicable('The trail is not logging.');
    const enc = need<{ enabled: boolean; keyId?: string }>(trail, 'encryption');
    return enc.enabled && enc.keyId
      ? pass(`Logs are encrypted with ${enc.keyId}.`, [{ path: 'encryption.keyId', value: enc.keyId }])
      : fail('The trail does not encrypt its logs with a KMS key.', [{ path: 'encryption', value: enc }]);
  },
});
