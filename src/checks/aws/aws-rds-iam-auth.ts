import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { clusterMember, databaseGone } from './util.js';

const SUPPORTED = /^(mysql|mariadb|postgres)/;

/** MySQL, MariaDB and PostgreSQL instances accept IAM database authentication. */
export default defineCheck({
  id: 'aws-rds-iam-auth',
  title: 'RDS instances use IAM database authentication',
  rationale:
    'IAM authentication replaces long-lived database passwords with 15-minute tokens tied to IAM identities, so ' +
    'access is granted, reviewed and revoked in one place.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['IAM-03', 'IAM-06'],
  remediation: 'Enable IAM database authentication and move applications to token-based logins.',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --enable-iam-database-authentication --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  iam_database_authentication_enabled = true\n}',
  },
  evaluate(db) {
    const gone = databaseGone(db) ?? clusterMember(db);
    if (gone) return notApplicable(gone);
    const engine = need<string>(db, 'engine');
    if (!SUPPORTED.test(engine)) return notApplicable(`IAM authentication is not available for ${engine}.`);
    return need<boolean>(db, 'iamAuth')
      ? pass('IAM database authentication is on.')
      : fail('Only database passwords are accepted.', [{ path: 'iamAuth', value: false }]);
  },
});
