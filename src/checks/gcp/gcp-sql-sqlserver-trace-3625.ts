import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-sqlserver-trace-3625',
  engine: 'SQLSERVER',
  flag: '3625',
  unset: 'off',
  ok: (v) => v === 'on',
  expected: 'on',
  title: 'SQL Server instances mask sensitive data in error messages (trace flag 3625)',
  rationale:
    'Trace flag 3625 limits the information returned to users who are not sysadmin in error messages, so errors ' +
    'do not reveal data or metadata to callers who should not see it.',
  remediation:
    'Set the database flag 3625 to on on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['APP-05', 'DATA-03'],
  cis: ['6.3.6'],
});
