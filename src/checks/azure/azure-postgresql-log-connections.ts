import { serverParameter } from './factories.js';
import { T } from './util.js';

export default serverParameter({
  id: 'azure-postgresql-log-connections',
  engine: 'PostgreSQL',
  title: 'PostgreSQL servers log connection attempts',
  rationale:
    'Logging each connection attempt, successful or not, is what reveals password guessing and logins from ' +
    'unexpected places.',
  remediation: 'Set the server parameter log_connections to on.',
  severity: 'medium',
  controls: ['LOG-02'],
  cis: ['4.3.3'],
  fix: {
    cli: 'az postgres flexible-server parameter set --server-name SERVER --resource-group RG --name log_connections --value on',
  },
  rule: {
    names: { [T.pgSingle]: 'log_connections', [T.pgFlexible]: 'log_connections' },
    ok: (v) => v === 'on',
    expected: 'on',
  },
});
