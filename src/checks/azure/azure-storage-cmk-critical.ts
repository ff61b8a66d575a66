import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isTagged, isType, norm, T } from './util.js';

export default defineCheck<'storage.bucket', { tagKey: string; tagValues: string[] }>({
  id: 'azure-storage-cmk-critical',
  title: 'Storage accounts holding critical data use customer-managed keys',
  rationale:
    'Microsoft-managed keys protect against stolen disks, not against someone who can use the service. A key in the ' +
    "organisation's own Key Vault can be rotated, audited and revoked by it, which cuts off access to the data " +
    'when needed. Reserve this for accounts marked as holding critical data.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['EAR-02'],
  remediation:
    'Configure the account to encrypt with a key from Azure Key Vault (keySource Microsoft.Keyvault), using a ' +
    'managed identity that has access to the key.',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --encryption-key-source Microsoft.Keyvault --encryption-key-vault VAULT_URI --encryption-key-name KEY',
    terraform:
      'resource "azurerm_storage_account_customer_managed_key" "this" {\n  storage_account_id = azurerm_storage_account.this.id\n  key_vault_id       = azurerm_key_vault.this.id\n  key_name           = azurerm_key_vault_key.this.name\n}',
  },
  references: { 'cis-azure-foundations': ['3.12'] },
  params: {
    tagKey: {
      description: 'tag key that classifies the data in the account',
      default: 'data-classification',
    },
    tagValues: {
      description: 'tag values that mark critical data',
      default: ['critical', 'confidential', 'restricted'],
    },
  },
  evaluate(account, { params }) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    if (!isTagged(account, params.tagKey, params.tagValues))
      return notApplicable(
        `Not tagged as holding critical data (${params.tagKey}=${params.tagValues.join('|')}).`,
      );
    const keyType = norm<string>(account, 'encryption.keyType');
    if (keyType !== undefined)
      return keyType === 'customer-managed'
        ? pass('Encrypted with a customer-managed key.', [ev('encryption.keyType', keyType)])
        : fail(`Encrypted with a ${keyType} key, not a customer-managed one.`, [
            ev('encryption.keyType', keyType),
          ]);
    const source = String(armNeed<string>(account, 'properties.encryption.keySource', 'encryption'));
    return source.toLowerCase() === 'microsoft.keyvault'
      ? pass('Encrypted with a key from Azure Key Vault.', [ev('encryption.keySource', source)])
      : fail('Encrypted with a Microsoft-managed key.', [ev('encryption.keySource', source)]);
  },
});
