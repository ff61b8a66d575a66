import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-sqlserver-user-options-unset',
  engine: 'SQLSERVER',
  flag: 'user options',
  unset: '',
  ok: (v) => v === '',
  expected: 'not set',
  title: 'SQL Server instances do not override user options globally',
  rationale:
    'user options changes session defaults (such as ANSI and arithmetic behaviour) for every user at once, which ' +
    'can change how application queries and their security checks behave.',
  remediation:
    'Set the database flag user options to not set on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['APP-05', 'CFG-02'],
  cis: ['6.3.4'],
});
