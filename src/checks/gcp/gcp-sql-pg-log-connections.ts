import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-log-connections',
  engine: 'POSTGRES',
  flag: 'log_connections',
  unset: 'off',
  ok: (v) => v === 'on',
  expected: 'on',
  title: 'PostgreSQL instances log connection attempts',
  rationale:
    'Logging each connection attempt and successful authentication shows password guessing and logins from ' +
    'unexpected clients; PostgreSQL does not log them by default.',
  remediation:
    'Set the database flag log_connections to on on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'medium',
  controls: ['LOG-02'],
  cis: ['6.2.2'],
});
