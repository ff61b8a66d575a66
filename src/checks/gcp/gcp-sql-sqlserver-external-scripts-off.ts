import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-sqlserver-external-scripts-off',
  engine: 'SQLSERVER',
  flag: 'external scripts enabled',
  unset: 'off',
  ok: (v) => v === 'off',
  expected: 'off',
  title: 'SQL Server instances do not run external scripts',
  rationale:
    "external scripts enabled lets R and Python run from T-SQL outside the database engine's security boundary; " +
    'SQL injection can turn it into code execution on the instance.',
  remediation:
    'Set the database flag external scripts enabled to off on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'medium',
  controls: ['APP-05'],
  cis: ['6.3.1'],
});
