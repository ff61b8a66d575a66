import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, childrenOf, ev, isObj, isType, nodeOf, nodeValue, T } from './util.js';

export default defineCheck({
  id: 'azure-sql-entra-admin',
  title: 'SQL servers have a Microsoft Entra administrator',
  rationale:
    'With an Entra administrator, database access can be granted to Entra identities and governed centrally ' +
    '(MFA, conditional access, joiner/leaver processes) instead of relying only on SQL logins and their passwords.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['IAM-05'],
  remediation:
    'Set a Microsoft Entra group as the server administrator and create database users from Entra identities.',
  fix: {
    cli: 'az sql server ad-admin create --server SERVER --resource-group RG --display-name GROUP --object-id OBJECT_ID',
    terraform:
      'resource "azurerm_mssql_server" "this" {\n  azuread_administrator {\n    login_username = "sql-admins"\n    object_id      = var.group_object_id\n  }\n}',
  },
  references: { 'cis-azure-foundations': ['4.1.4'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const inline = armValue<Record<string, unknown>>(server, 'properties.administrators');
    if (isObj(inline) && String(inline.administratorType ?? '').toLowerCase() === 'activedirectory')
      return pass(`Entra administrator: ${String(inline.login ?? inline.sid)}.`, [
        ev('administrators.login', inline.login),
      ]);
    const admins = childrenOf(nodeOf(server), inventory, 'microsoft.sql/servers/administrators');
    if (admins === undefined && inline === undefined)
      throw new MissingData('administrators', 'the server administrators were not collected');
    const entra = (admins ?? []).find(
      (a) => nodeValue<string>(a, 'properties.administratorType')?.toLowerCase() === 'activedirectory',
    );
    return entra
      ? pass(`Entra administrator: ${String(nodeValue(entra, 'properties.login'))}.`, [
          ev('administrators.login', nodeValue(entra, 'properties.login')),
        ])
      : fail('No Microsoft Entra administrator is set; only SQL authentication is available.');
  },
});
