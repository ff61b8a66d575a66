import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-log-min-duration-statement',
  engine: 'POSTGRES',
  flag: 'log_min_duration_statement',
  unset: '-1',
  ok: (v) => v === '-1',
  expected: '-1 (disabled)',
  title: 'PostgreSQL instances do not log full statements by duration',
  rationale:
    'log_min_duration_statement writes the full text of every statement slower than the threshold, including any ' +
    'literal values — passwords and personal data end up in the logs.',
  remediation:
    'Set the database flag log_min_duration_statement to -1 (disabled) on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['LOG-04', 'DATA-04'],
  cis: ['6.2.7'],
});
