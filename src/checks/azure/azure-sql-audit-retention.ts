import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isType, nodeValue, sqlAuditing, T } from './util.js';

export default defineCheck<'database.instance', { minimumDays: number }>({
  id: 'azure-sql-audit-retention',
  title: 'SQL audit logs in storage are kept at least 90 days',
  rationale:
    'Intrusions are often found weeks after they start. Audit records written to a storage account are deleted ' +
    'after the retention period, so a short period destroys the evidence an investigation needs.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['LOG-04'],
  remediation:
    "Set the retention of the server's storage audit destination to 90 days or more (0 keeps logs indefinitely).",
  fix: { cli: 'az sql server audit-policy update --name SERVER --resource-group RG --retention-days 90' },
  references: { 'cis-azure-foundations': ['4.1.6'] },
  params: { minimumDays: { description: 'shortest acceptable retention, in days', default: 90 } },
  evaluate(server, { inventory, params }) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const settings = sqlAuditing(server, inventory);
    const state = settings ? nodeValue<string>(settings, 'properties.state') : undefined;
    if (!settings || state?.toLowerCase() !== 'enabled')
      return notApplicable('Auditing is off (see azure-sql-auditing-enabled).');
    if (!nodeValue<string>(settings, 'properties.storageEndpoint'))
      return notApplicable(
        'Audit logs do not go to a storage account; retention is set on the other destination.',
      );
    const days = nodeValue<number>(settings, 'properties.retentionDays') ?? 0;
    if (days === 0) return pass('Audit logs in storage are kept indefinitely.', [ev('retentionDays', 0)]);
    return days >= params.minimumDays
      ? pass(`Audit logs in storage are kept ${days} days.`, [ev('retentionDays', days)])
      : fail(`Audit logs in storage are deleted after ${days} days (minimum ${params.minimumDays}).`, [
          ev('retentionDays', days),
        ]);
  },
});
