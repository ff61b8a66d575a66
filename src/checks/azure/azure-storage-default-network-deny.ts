import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, armValue, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-storage-default-network-deny',
  title: 'Storage account firewalls deny access by default',
  rationale:
    'A storage account whose network rules default to Allow is reachable from every network; keys or SAS tokens ' +
    'that leak can then be used from anywhere. Denying by default and allowing named networks narrows who can ' +
    'even try.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    "Set the default action of the account's network rules to Deny and add the virtual networks, IP ranges or " +
    'private endpoints that need access (or disable public network access altogether).',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --default-action Deny',
    terraform:
      'resource "azurerm_storage_account" "this" {\n  network_rules {\n    default_action = "Deny"\n  }\n}',
  },
  references: { 'cis-azure-foundations': ['3.8'] },
  evaluate(account) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const publicAccess = armValue<string>(account, 'properties.publicNetworkAccess');
    if (publicAccess?.toLowerCase() === 'disabled')
      return pass('Public network access is disabled.', [ev('publicNetworkAccess', publicAccess)]);
    const action = String(armNeed<string>(account, 'properties.networkAcls.defaultAction'));
    return action.toLowerCase() === 'deny'
      ? pass('The firewall denies networks that are not explicitly allowed.', [
          ev('networkAcls.defaultAction', action),
        ])
      : fail('The firewall allows every network by default.', [ev('networkAcls.defaultAction', action)]);
  },
});
