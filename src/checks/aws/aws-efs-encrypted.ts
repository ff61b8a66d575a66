import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 2.4.1: EFS file systems are encrypted at rest. */
export default defineCheck({
  id: 'aws-efs-encrypted',
  title: 'EFS file systems are encrypted at rest',
  rationale:
    'File shares collect documents, exports and application data from many hosts. Encryption at rest can only be ' +
    'chosen when the file system is created, so an unencrypted one must be migrated.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['storage.file-share'],
  controls: ['EAR-01'],
  remediation:
    'Create an encrypted file system and copy the data across with AWS DataSync, then switch the mounts.',
  fix: {
    cli: 'aws efs create-file-system --encrypted --kms-key-id KEY_ARN --creation-token NEW',
    terraform:
      'resource "aws_efs_file_system" "this" {\n  encrypted = true\n  kms_key_id = aws_kms_key.efs.arn\n}',
  },
  references: { 'cis-aws-foundations': ['2.4.1'] },
  evaluate(fs) {
    if (fs.service !== 'efs') return notApplicable(`A ${fs.service} file share, not EFS.`);
    return need<{ enabled: boolean }>(fs, 'encryption').enabled
      ? pass('The file system is encrypted.')
      : fail('The file system is not encrypted.', [{ path: 'encryption.enabled', value: false }]);
  },
});
