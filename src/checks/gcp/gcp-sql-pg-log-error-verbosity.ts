import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-log-error-verbosity',
  engine: 'POSTGRES',
  flag: 'log_error_verbosity',
  unset: 'default',
  ok: (v) => v === 'default' || v === 'terse',
  expected: 'DEFAULT or TERSE',
  title: 'PostgreSQL instances do not log errors verbosely',
  rationale:
    'VERBOSE error logging writes source file names, function names and line numbers into the logs, adding noise ' +
    'and internal detail without helping an investigation.',
  remediation:
    'Set the database flag log_error_verbosity to DEFAULT or TERSE on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['LOG-02'],
  cis: ['6.2.1'],
});
