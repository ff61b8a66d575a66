import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-log-min-error-statement',
  engine: 'POSTGRES',
  flag: 'log_min_error_statement',
  unset: 'error',
  ok: (v) => ['error', 'log', 'fatal', 'panic'].includes(v),
  expected: 'ERROR or stricter',
  title: 'PostgreSQL instances log the statements that cause errors',
  rationale:
    'log_min_error_statement controls which failing SQL statements are written with their error. At ERROR, failed ' +
    'statements — including many injection attempts — are recorded; lower levels add noise.',
  remediation:
    'Set the database flag log_min_error_statement to ERROR or stricter on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['LOG-02'],
  cis: ['6.2.6'],
});
