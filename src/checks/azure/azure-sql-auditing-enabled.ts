import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isType, label, nodeValue, norm, sqlAuditing, T } from './util.js';

export default defineCheck({
  id: 'azure-sql-auditing-enabled',
  title: 'Azure SQL servers audit database activity',
  rationale:
    'Server-level auditing records logins, queries and permission changes for every database on the server, ' +
    'including ones created later. Without it, data access and tampering leave no trail to investigate.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['LOG-02'],
  remediation:
    'Turn on auditing for the SQL server and send it to a Log Analytics workspace, storage account or event hub.',
  fix: {
    cli: 'az sql server audit-policy update --name SERVER --resource-group RG --state Enabled --lats Enabled --lawri WORKSPACE_ID',
    terraform:
      'resource "azurerm_mssql_server_extended_auditing_policy" "this" {\n  server_id              = azurerm_mssql_server.this.id\n  log_monitoring_enabled = true\n}',
  },
  references: { 'cis-azure-foundations': ['4.1.1'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const normalized = norm<boolean>(server, 'auditLogging');
    if (normalized !== undefined)
      return normalized
        ? pass('Server auditing is on.', [ev('auditLogging', true)])
        : fail('Server auditing is off.', [ev('auditLogging', false)]);
    const settings = sqlAuditing(server, inventory);
    const state = settings ? nodeValue<string>(settings, 'properties.state') : undefined;
    return state?.toLowerCase() === 'enabled'
      ? pass('Server auditing is on.', [ev('auditingSettings.state', state)])
      : fail(`Auditing is off for ${label(server)}.`, [ev('auditingSettings.state', state ?? 'Disabled')]);
  },
});
