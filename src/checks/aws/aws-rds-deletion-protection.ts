import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { clusterMember, databaseGone, tagged } from './util.js';

/** RDS instances have deletion protection. */
export default defineCheck({
  id: 'aws-rds-deletion-protection',
  title: 'RDS instances have deletion protection',
  rationale:
    'Deletion protection makes deleting a database a two-step act. It stops a mistaken console click, script or ' +
    'infrastructure-as-code change from dropping a production database.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['CFG-03', 'AVL-04'],
  remediation: 'Enable deletion protection.',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --deletion-protection --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  deletion_protection = true\n}',
  },
  params: {
    exemptTag: { description: 'tag key marking disposable databases (value "true")', default: 'ephemeral' },
  },
  evaluate(db, { params }) {
    const gone = databaseGone(db) ?? clusterMember(db);
    if (gone) return notApplicable(gone);
    if (tagged(db, String(params.exemptTag), ['true'])) return notApplicable('Marked as disposable.');
    return need<boolean>(db, 'deletionProtection')
      ? pass('Deletion protection is on.')
      : fail('The database can be deleted in one step.', [{ path: 'deletionProtection', value: false }]);
  },
});
