import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-mysql-skip-show-database',
  engine: 'MYSQL',
  flag: 'skip_show_database',
  unset: 'off',
  ok: (v) => v === 'on',
  expected: 'on',
  title: 'MySQL instances hide the database list (skip_show_database)',
  rationale:
    'With skip_show_database on, SHOW DATABASES only lists databases a user has privileges on, so an account ' +
    'cannot enumerate every database on the instance.',
  remediation:
    'Set the database flag skip_show_database to on on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['APP-05', 'IAM-03'],
  cis: ['6.1.2'],
});
