import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-sqlserver-user-connections',
  engine: 'SQLSERVER',
  flag: 'user connections',
  unset: '0',
  ok: (v) => v !== '0' && v !== '',
  expected: 'a limit other than 0 (unlimited)',
  title: 'SQL Server instances limit concurrent user connections',
  rationale:
    'With user connections at 0 (unlimited), a runaway client or a connection flood can exhaust the instance; a ' +
    'limit sized for the workload keeps it available.',
  remediation:
    'Set the database flag user connections to a limit other than 0 (unlimited) on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['AVL-03', 'APP-05'],
  cis: ['6.3.3'],
});
