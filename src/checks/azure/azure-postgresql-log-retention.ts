import { serverParameter } from './factories.js';
import { T } from './util.js';

export default serverParameter({
  id: 'azure-postgresql-log-retention',
  engine: 'PostgreSQL',
  title: 'PostgreSQL server logs are kept more than three days',
  rationale:
    'The server keeps its query and error logs for only a few days by default. A longer retention leaves time to ' +
    'notice and investigate a problem before the evidence is gone.',
  remediation:
    'Set the log retention parameter (log_retention_days on Single Server, logfiles.retention_days on Flexible Server) to 4–7 days, and export logs to a workspace for longer keeping.',
  severity: 'low',
  controls: ['LOG-04'],
  cis: ['4.3.6'],
  fix: {
    cli: 'az postgres flexible-server parameter set --server-name SERVER --resource-group RG --name logfiles.retention_days --value 7',
  },
  rule: {
    names: { [T.pgSingle]: 'log_retention_days', [T.pgFlexible]: 'logfiles.retention_days' },
    ok: (v) => Number(v) > 3,
    expected: 'more than 3 days',
  },
});
