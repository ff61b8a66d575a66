import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, needChildren, nodeOf, nodeValue, T } from './util.js';

export default defineCheck({
  id: 'azure-sql-tde-protector-cmk',
  title: 'SQL servers protect TDE keys with a customer-managed key',
  rationale:
    'The TDE protector encrypts the keys that encrypt every database on the server. Holding it in the ' +
    "organisation's Key Vault lets it audit key use, rotate it on its own schedule, and revoke access to all " +
    'databases at once in an emergency.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['EAR-02', 'KEY-01'],
  remediation: 'Set the server TDE protector to a key in Azure Key Vault (customer-managed TDE).',
  fix: {
    cli: 'az sql server tde-key set --server SERVER --resource-group RG --server-key-type AzureKeyVault --kid KEY_ID',
    terraform:
      'resource "azurerm_mssql_server_transparent_data_encryption" "this" {\n  server_id        = azurerm_mssql_server.this.id\n  key_vault_key_id = azurerm_key_vault_key.this.id\n}',
  },
  references: { 'cis-azure-foundations': ['4.1.3'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const keyId = armValue<string>(server, 'properties.keyId');
    if (keyId) return pass('The TDE protector is a Key Vault key.', [ev('keyId', keyId)]);
    const protectors = needChildren(
      nodeOf(server),
      inventory,
      'microsoft.sql/servers/encryptionprotector',
      'TDE protector',
    );
    const p = protectors[0];
    const type = p ? nodeValue<string>(p, 'properties.serverKeyType') : undefined;
    return type?.toLowerCase() === 'azurekeyvault'
      ? pass('The TDE protector is a Key Vault key.', [ev('encryptionProtector.serverKeyType', type)])
      : fail('TDE uses a service-managed protector.', [
          ev('encryptionProtector.serverKeyType', type ?? 'ServiceManaged'),
        ]);
  },
});
