import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-log-disconnections',
  engine: 'POSTGRES',
  flag: 'log_disconnections',
  unset: 'off',
  ok: (v) => v === 'on',
  expected: 'on',
  title: 'PostgreSQL instances log the end of sessions',
  rationale:
    'Disconnection records carry session durations; with connection records they reconstruct who was connected ' +
    'and for how long.',
  remediation:
    'Set the database flag log_disconnections to on on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'low',
  controls: ['LOG-02'],
  cis: ['6.2.3'],
});
