import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-sql-min-tls',
  title: 'Azure SQL servers require TLS 1.2 or later',
  rationale:
    'Client connections negotiated over TLS 1.0 or 1.1 use deprecated protocol versions with known weaknesses. ' +
    'A minimum TLS version of 1.2 makes the server refuse them.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EIT-01'],
  remediation: "Set the server's minimal TLS version to 1.2.",
  fix: {
    cli: 'az sql server update --name SERVER --resource-group RG --minimal-tls-version 1.2',
    terraform: 'resource "azurerm_mssql_server" "this" {\n  minimum_tls_version = "1.2"\n}',
  },
  evaluate(server) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const v = String(armNeed<string>(server, 'properties.minimalTlsVersion'));
    return v === '1.2' || v === '1.3'
      ? pass(`The minimum TLS version is ${v}.`, [ev('minimalTlsVersion', v)])
      : fail(`The server accepts TLS versions below 1.2 (minimalTlsVersion ${v}).`, [
          ev('minimalTlsVersion', v),
        ]);
  },
});
