import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-log-statement',
  engine: 'POSTGRES',
  flag: 'log_statement',
  unset: 'none',
  ok: (v) => v === 'ddl' || v === 'mod' || v === 'all',
  expected: 'ddl (or mod/all where required)',
  title: 'PostgreSQL instances log schema-changing statements',
  rationale:
    'With log_statement at none, CREATE, ALTER and DROP statements leave no trace. Logging DDL records structural ' +
    'changes and privilege grants without the volume of logging every query.',
  remediation:
    'Set the database flag log_statement to ddl (or mod/all where required) on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['LOG-02', 'CFG-04'],
  cis: ['6.2.4'],
});
