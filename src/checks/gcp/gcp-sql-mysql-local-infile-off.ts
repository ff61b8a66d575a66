import { sqlFlagCheck } from './factories.js';

export default sqlFlagCheck({
  id: 'gcp-sql-mysql-local-infile-off',
  engine: 'MYSQL',
  flag: 'local_infile',
  unset: 'on',
  ok: (v) => v === 'off',
  expected: 'off',
  title: 'MySQL instances do not allow LOAD DATA LOCAL (local_infile)',
  rationale:
    'local_infile lets the server ask a client to send any file the client can read; a malicious or compromised ' +
    'server, or SQL injection, can use it to pull files from client machines.',
  remediation:
    'Set the database flag local_infile to off on the instance (patching flags replaces the whole list; include the existing ones).',
  severity: 'medium',
  controls: ['APP-05'],
  cis: ['6.1.3'],
});
