import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-sqlserver-remote-access-off',
  engine: 'SQLSERVER',
  flag: 'remote access',
  unset: 'on',
  ok: (v) => v === 'off',
  expected: 'off',
  title: 'SQL Server instances do not allow remote stored procedure calls',
  rationale:
    'remote access lets stored procedures be run from and on other servers; it widens what a compromised server can ' +
    'do to this one and is rarely needed.',
  remediation:
    'Set the database flag remote access to off on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'medium',
  controls: ['APP-05', 'NET-02'],
  cis: ['6.3.5'],
});
