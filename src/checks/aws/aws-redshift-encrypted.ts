import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** Redshift clusters encrypt data at rest (`Encrypted`). */
export default defineCheck({
  id: 'aws-redshift-encrypted',
  title: 'Redshift clusters are encrypted at rest',
  rationale:
    "Data warehouses concentrate the organisation's most valuable data. Encryption at rest covers the cluster storage and its snapshots.",
  severity: 'high',
  providers: ['aws'],
  kinds: ['database.warehouse'],
  controls: ['EAR-01'],
  remediation: 'Enable encryption on the cluster (Redshift migrates the data in place) with a KMS key.',
  fix: { cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --encrypted --kms-key-id KEY_ARN' },
  evaluate(cluster) {
    if (rawAt(cluster, 'ClusterStatus') === 'deleting') return notApplicable('The cluster is being deleted.');
    return rawFlagOutcome(
      cluster,
      'Encrypted',
      true,
      'The cluster is encrypted.',
      'The cluster is not encrypted.',
    );
  },
});
