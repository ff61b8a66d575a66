import { serverParameter } from './factories.js';
import { T } from './util.js';

export default serverParameter({
  id: 'azure-postgresql-log-checkpoints',
  engine: 'PostgreSQL',
  title: 'PostgreSQL servers log checkpoints',
  rationale:
    'Checkpoint messages show when and how much data PostgreSQL flushes to disk. They help explain performance ' +
    "problems and, in an investigation, show the server's activity over time.",
  remediation: 'Set the server parameter log_checkpoints to on.',
  severity: 'low',
  controls: ['LOG-02'],
  cis: ['4.3.2'],
  fix: {
    cli: 'az postgres flexible-server parameter set --server-name SERVER --resource-group RG --name log_checkpoints --value on',
  },
  rule: {
    names: { [T.pgSingle]: 'log_checkpoints', [T.pgFlexible]: 'log_checkpoints' },
    ok: (v) => v === 'on',
    expected: 'on',
  },
});
