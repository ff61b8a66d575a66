import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { clusterMember, databaseGone, tagged } from './util.js';

/** Production RDS instances run Multi-AZ. */
export default defineCheck({
  id: 'aws-rds-multi-az-production',
  title: 'Production RDS instances are Multi-AZ',
  rationale:
    'A single-AZ database goes down with its Availability Zone or host and must be restored from backup. Multi-AZ ' +
    'keeps a synchronous standby and fails over in minutes.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['AVL-02'],
  remediation: 'Convert the instance to Multi-AZ (a standby is created without downtime).',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --multi-az --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  multi_az = true\n}',
  },
  params: {
    environmentTag: { description: 'tag key holding the environment', default: 'environment' },
    productionValues: { description: 'values that mark production', default: ['prod', 'production'] },
  },
  evaluate(db, { params }) {
    const gone = databaseGone(db) ?? clusterMember(db);
    if (gone) return notApplicable(gone);
    if (!tagged(db, String(params.environmentTag), params.productionValues as string[]))
      return notApplicable('Not a production database.');
    return need<boolean>(db, 'multiAz')
      ? pass('The instance is Multi-AZ.')
      : fail('The production instance runs in a single Availability Zone.', [
          { path: 'multiAz', value: false },
        ]);
  },
});
