import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-pg-pgaudit',
  engine: 'POSTGRES',
  flag: 'cloudsql.enable_pgaudit',
  unset: 'off',
  ok: (v) => v === 'on',
  expected: 'on',
  title: 'PostgreSQL instances enable pgAudit',
  rationale:
    'pgAudit writes detailed session and object audit records (who ran which statement on which object) to Cloud ' +
    'Logging, which the standard PostgreSQL logs do not provide.',
  remediation:
    'Set the database flag cloudsql.enable_pgaudit to on on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'medium',
  controls: ['LOG-02'],
  cis: ['6.2.8'],
});
