import { serverParameter } from './factories.js';
import { T } from './util.js';

export default serverParameter({
  id: 'azure-mysql-audit-log-enabled',
  engine: 'MySQL',
  title: 'MySQL servers write an audit log',
  rationale:
    'The MySQL audit log records connections, queries and administrative statements. Without it there is no ' +
    'record of who accessed or changed data on the server.',
  remediation:
    'Set the server parameter audit_log_enabled to ON and send the MySqlAuditLogs category to a Log Analytics workspace.',
  severity: 'medium',
  controls: ['LOG-02'],
  cis: ['4.4.3'],
  fix: {
    cli: 'az mysql flexible-server parameter set --server-name SERVER --resource-group RG --name audit_log_enabled --value ON',
  },
  rule: {
    names: { [T.mysqlSingle]: 'audit_log_enabled', [T.mysqlFlexible]: 'audit_log_enabled' },
    ok: (v) => v === 'on',
    expected: 'ON',
  },
});
