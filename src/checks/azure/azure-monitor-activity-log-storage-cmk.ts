import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { activityLogSettings, armValue, ev, isSubscription, nodeValue } from './util.js';

export default defineCheck({
  id: 'azure-monitor-activity-log-storage-cmk',
  title: 'Storage receiving the activity log uses a customer-managed key',
  rationale:
    'Encrypting the exported activity log with a key the organisation controls means reading the audit trail ' +
    'requires that key, which is itself access-controlled and logged — protecting the record of who did what.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['LOG-04', 'EAR-02'],
  remediation:
    'Configure the storage account that receives the activity log to encrypt with a key from Azure Key Vault.',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --encryption-key-source Microsoft.Keyvault --encryption-key-vault VAULT_URI --encryption-key-name KEY',
  },
  references: { 'cis-azure-foundations': ['5.1.4'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    const targets = activityLogSettings(sub, inventory)
      .map((s) => nodeValue<string>(s, 'properties.storageAccountId'))
      .filter((x): x is string => typeof x === 'string');
    if (targets.length === 0) return notApplicable('The activity log is not exported to a storage account.');
    const providerKeyed: string[] = [];
    for (const id of new Set(targets.map((t) => t.toLowerCase()))) {
      const account = inventory.byId(id);
      if (!account)
        throw new MissingData('storageAccountId', `the destination storage account ${id} was not collected`);
      const source = armValue<string>(account, 'properties.encryption.keySource');
      if (source === undefined)
        throw new MissingData('encryption.keySource', `the encryption of ${id} is not known`);
      if (source.toLowerCase() !== 'microsoft.keyvault') providerKeyed.push(id.split('/').pop() ?? id);
    }
    return providerKeyed.length === 0
      ? pass('The activity log storage is encrypted with a customer-managed key.', [
          ev('storageAccounts', targets),
        ])
      : fail(`Activity log storage uses Microsoft-managed keys: ${providerKeyed.join(', ')}.`, [
          ev('storageAccounts', providerKeyed),
        ]);
  },
});
