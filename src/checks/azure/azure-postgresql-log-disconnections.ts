import { serverParameter } from './factories.js';
import { T } from './util.js';

export default serverParameter({
  id: 'azure-postgresql-log-disconnections',
  engine: 'PostgreSQL',
  title: 'PostgreSQL servers log the end of sessions',
  rationale:
    'Disconnection records carry the session duration; together with connection records they show how long each ' +
    'client stayed and help reconstruct what happened during an incident.',
  remediation: 'Set the server parameter log_disconnections to on.',
  severity: 'low',
  controls: ['LOG-02'],
  cis: ['4.3.4'],
  fix: {
    cli: 'az postgres flexible-server parameter set --server-name SERVER --resource-group RG --name log_disconnections --value on',
  },
  rule: {
    names: { [T.pgSingle]: 'log_disconnections', [T.pgFlexible]: 'log_disconnections' },
    ok: (v) => v === 'on',
    expected: 'on',
  },
});
