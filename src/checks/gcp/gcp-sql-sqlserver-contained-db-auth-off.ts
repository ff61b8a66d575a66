import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-sqlserver-contained-db-auth-off',
  engine: 'SQLSERVER',
  flag: 'contained database authentication',
  unset: 'off',
  ok: (v) => v === 'off',
  expected: 'off',
  title: 'SQL Server instances do not allow contained database authentication',
  rationale:
    'Contained databases carry their own users and passwords, which bypass server-level login policy and can be ' +
    'moved with the database to another server.',
  remediation:
    'Set the database flag contained database authentication to off on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'medium',
  controls: ['IAM-05'],
  cis: ['6.3.7'],
});
