import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { databaseGone } from './util.js';

/** CIS AWS 2.3.2: RDS instances take minor engine upgrades automatically. */
export default defineCheck({
  id: 'aws-rds-auto-minor-upgrade',
  title: 'RDS instances apply minor version upgrades automatically',
  rationale:
    'Minor engine versions carry security fixes. With automatic upgrades they are applied in the maintenance window ' +
    'instead of waiting for someone to remember.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['OS-04', 'VUL-02'],
  remediation: 'Turn on auto minor version upgrade and set a maintenance window.',
  fix: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --auto-minor-version-upgrade --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  auto_minor_version_upgrade = true\n}',
  },
  references: { 'cis-aws-foundations': ['2.3.2'] },
  evaluate(db) {
    const gone = databaseGone(db);
    if (gone) return notApplicable(gone);
    return need<boolean>(db, 'autoMinorVersionUpgrade')
      ? pass('Minor version upgrades are automatic.')
      : fail('Minor version upgrades must be applied by hand.', [
          { path: 'autoMinorVersionUpgrade', value: false },
        ]);
  },
});
