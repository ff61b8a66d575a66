import { serverParameter } from './factories.js';
import { T } from './util.js';

export default serverParameter({
  id: 'azure-postgresql-connection-throttling',
  engine: 'PostgreSQL',
  title: 'PostgreSQL servers throttle repeated failed logins',
  rationale:
    'Connection throttling slows down clients from an address after repeated failed logins, which blunts ' +
    'password guessing and keeps failed-login floods from exhausting the server.',
  remediation:
    'Turn on connection throttling (connection_throttling on Single Server, connection_throttle.enable on Flexible Server).',
  severity: 'medium',
  controls: ['IAM-05', 'APP-05'],
  cis: ['4.3.5'],
  fix: {
    cli: 'az postgres flexible-server parameter set --server-name SERVER --resource-group RG --name connection_throttle.enable --value on',
  },
  rule: {
    names: { [T.pgSingle]: 'connection_throttling', [T.pgFlexible]: 'connection_throttle.enable' },
    ok: (v) => v === 'on',
    expected: 'on',
  },
});
