import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-log-min-messages',
  engine: 'POSTGRES',
  flag: 'log_min_messages',
  unset: 'warning',
  ok: (v) => v === 'warning',
  expected: 'warning',
  title: 'PostgreSQL instances log messages from WARNING up',
  rationale:
    'log_min_messages sets the least severe message written to the log: lower levels flood the logs, higher ones ' +
    'drop warnings that often precede failures and attacks. WARNING is the balanced setting.',
  remediation:
    'Set the database flag log_min_messages to warning on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['LOG-02'],
  cis: ['6.2.5'],
});
