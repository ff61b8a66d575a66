import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { databaseGone } from './util.js';

/** CIS AWS 2.3.3: RDS instances are not publicly accessible. */
export default defineCheck({
  id: 'aws-rds-not-public',
  title: 'RDS instances are not publicly accessible',
  rationale:
    'A publicly accessible instance gets a DNS name resolving to a public address. One permissive security group ' +
    'rule then puts the database on the internet.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['DATA-03', 'NET-01'],
  remediation:
    'Set PubliclyAccessible to false and reach the database from inside the VPC (VPN, bastion or private link).',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --no-publicly-accessible --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  publicly_accessible = false\n}',
  },
  references: { 'cis-aws-foundations': ['2.3.3'] },
  evaluate(db) {
    const gone = databaseGone(db);
    if (gone) return notApplicable(gone);
    return need<boolean>(db, 'publiclyAccessible')
      ? fail('The instance is publicly accessible.', [{ path: 'publiclyAccessible', value: true }])
      : pass('The instance is reachable only inside its VPC.');
  },
});
