import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { databaseGone } from './util.js';

/** CIS AWS 2.3.1: RDS instances have storage encryption. */
export default defineCheck({
  id: 'aws-rds-encrypted',
  title: 'RDS instances are encrypted at rest',
  rationale:
    'Encryption at rest protects the database storage, its automated backups, snapshots and read replicas. It can ' +
    'only be chosen at creation, so an unencrypted database stays that way until it is rebuilt.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['EAR-01'],
  remediation:
    'Take a snapshot, copy it with encryption, restore a new instance from the copy and switch over.',
  fix: {
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAP --target-db-snapshot-identifier SNAP-enc --kms-key-id KEY_ARN',
    terraform:
      'resource "aws_db_instance" "this" {\n  storage_encrypted = true\n  kms_key_id = aws_kms_key.db.arn\n}',
  },
  references: { 'cis-aws-foundations': ['2.3.1'] },
  evaluate(db) {
    const gone = databaseGone(db);
    if (gone) return notApplicable(gone);
    const enc = need<{ enabled: boolean }>(db, 'encryption');
    return enc.enabled
      ? pass('Storage is encrypted.')
      : fail('Storage is not encrypted.', [{ path: 'encryption.enabled', value: false }]);
  },
});
