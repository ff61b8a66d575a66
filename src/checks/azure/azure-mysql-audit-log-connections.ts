import { serverParameter } from './factories.js';
import { T } from './util.js';

export default serverParameter({
  id: 'azure-mysql-audit-log-connections',
  engine: 'MySQL',
  title: 'MySQL audit logs record connection events',
  rationale:
    'Even with the audit log on, only the event classes listed in audit_log_events are written. Without CONNECTION, ' +
    'logins and failed login attempts are not recorded.',
  remediation: 'Add CONNECTION to the server parameter audit_log_events.',
  severity: 'medium',
  controls: ['LOG-02'],
  cis: ['4.4.4'],
  fix: {
    cli: 'az mysql flexible-server parameter set --server-name SERVER --resource-group RG --name audit_log_events --value CONNECTION,ADMIN,DDL',
  },
  rule: {
    names: { [T.mysqlSingle]: 'audit_log_events', [T.mysqlFlexible]: 'audit_log_events' },
    ok: (v) =>
      v
        .split(',')
        .map((e) => e.trim())
        .includes('connection'),
    expected: 'a list that includes CONNECTION',
  },
});
