import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-sqlserver-cross-db-ownership-off',
  engine: 'SQLSERVER',
  flag: 'cross db ownership chaining',
  unset: 'off',
  ok: (v) => v === 'off',
  expected: 'off',
  title: 'SQL Server instances do not chain ownership across databases',
  rationale:
    'Cross-database ownership chaining lets a user who owns objects in one database reach objects in another ' +
    'without being granted access there, breaking the isolation between databases.',
  remediation:
    'Set the database flag cross db ownership chaining to off on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'medium',
  controls: ['IAM-03'],
  cis: ['6.3.2'],
});
