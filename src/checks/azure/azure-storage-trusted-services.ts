import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, armValue, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-storage-trusted-services',
  title: 'Storage account firewalls let trusted Azure services through',
  rationale:
    'When a storage firewall denies by default, Azure services that write logs, backups or diagnostics into the ' +
    'account (Monitor, Backup, Event Grid, …) are blocked too unless the trusted-services exception is on. Without ' +
    'it, teams tend to reopen the firewall to everyone to make those services work.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['NET-02'],
  remediation:
    'Add "AzureServices" to the bypass list of the account\'s network rules ("Allow Azure services on the trusted ' +
    'services list to access this storage account").',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --bypass AzureServices',
    terraform:
      'resource "azurerm_storage_account" "this" {\n  network_rules {\n    default_action = "Deny"\n    bypass         = ["AzureServices"]\n  }\n}',
  },
  references: { 'cis-azure-foundations': ['3.9'] },
  evaluate(account) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const action = armValue<string>(account, 'properties.networkAcls.defaultAction');
    if (action !== undefined && action.toLowerCase() !== 'deny')
      return notApplicable('The firewall does not deny by default, so no exception is needed.');
    const bypass = String(armNeed<string>(account, 'properties.networkAcls.bypass'));
    const list = bypass.split(',').map((b) => b.trim().toLowerCase());
    return list.includes('azureservices')
      ? pass('Trusted Azure services may reach the account through the firewall.', [
          ev('networkAcls.bypass', bypass),
        ])
      : fail('Trusted Azure services are blocked by the firewall.', [ev('networkAcls.bypass', bypass)]);
  },
});
