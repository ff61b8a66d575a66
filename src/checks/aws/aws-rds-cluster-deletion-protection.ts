import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { databaseGone, needRawBool, tagged } from './util.js';

/** RDS and Aurora clusters have deletion protection (`DeletionProtection`). */
export default defineCheck({
  id: 'aws-rds-cluster-deletion-protection',
  title: 'RDS and Aurora clusters have deletion protection',
  rationale:
    'Deleting a cluster removes all its instances at once. Deletion protection forces a deliberate extra step ' +
    'before that can happen.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.cluster'],
  controls: ['CFG-03', 'AVL-04'],
  remediation: 'Enable deletion protection on the cluster.',
  fix: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --deletion-protection --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "this" {\n  deletion_protection = true\n}',
  },
  params: {
    exemptTag: { description: 'tag key marking disposable clusters (value "true")', default: 'ephemeral' },
  },
  evaluate(cluster, { params }) {
    const gone = databaseGone(cluster);
    if (gone) return notApplicable(gone);
    if (tagged(cluster, String(params.exemptTag), ['true'])) return notApplicable('Marked as disposable.');
    return needRawBool(cluster, 'DeletionProtection')
      ? pass('Deletion protection is on.')
      : fail('The cluster can be deleted in one step.', [{ path: 'raw.DeletionProtection', value: false }]);
  },
});
