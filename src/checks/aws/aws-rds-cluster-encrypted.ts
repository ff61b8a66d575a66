import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { databaseGone, needRawBool } from './util.js';

/** Aurora and other RDS clusters encrypt their storage (`StorageEncrypted` in describe-db-clusters). */
export default defineCheck({
  id: 'aws-rds-cluster-encrypted',
  title: 'RDS and Aurora clusters are encrypted at rest',
  rationale:
    'Cluster storage holds every table, log and backup of the cluster. Encryption can only be set at creation, so ' +
    'an unencrypted cluster must be rebuilt to fix it.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['database.cluster'],
  controls: ['EAR-01'],
  remediation: 'Restore an encrypted copy of the cluster from a snapshot and switch the applications over.',
  fix: {
    terraform:
      'resource "aws_rds_cluster" "this" {\n  storage_encrypted = true\n  kms_key_id = aws_kms_key.db.arn\n}',
  },
  references: { 'cis-aws-foundations': ['2.3.1'] },
  evaluate(cluster) {
    const gone = databaseGone(cluster);
    if (gone) return notApplicable(gone);
    return needRawBool(cluster, 'StorageEncrypted')
      ? pass('Cluster storage is encrypted.')
      : fail('Cluster storage is not encrypted.', [{ path: 'raw.StorageEncrypted', value: false }]);
  },
});
