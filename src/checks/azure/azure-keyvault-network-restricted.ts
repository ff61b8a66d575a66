import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, armValue, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-keyvault-network-restricted',
  title: 'Key vault firewalls deny access by default',
  rationale:
    'A vault that accepts requests from every network relies on authentication alone. Restricting it to named ' +
    'networks or private endpoints means a stolen token is not enough from an arbitrary location.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['crypto.key', 'secrets.secret', 'crypto.certificate'],
  controls: ['NET-02', 'NET-05'],
  remediation:
    'Set the vault network ACL default action to Deny (allowing trusted services as needed) or disable public ' +
    'network access and use private endpoints.',
  fix: {
    cli: 'az keyvault update --name VAULT --resource-group RG --default-action Deny --bypass AzureServices',
    terraform:
      'resource "azurerm_key_vault" "this" {\n  network_acls {\n    default_action = "Deny"\n    bypass         = "AzureServices"\n  }\n}',
  },
  evaluate(vault) {
    if (!isType(vault, T.keyVault)) return notApplicable('Not a key vault.');
    const publicAccess = armValue<string>(vault, 'properties.publicNetworkAccess');
    if (publicAccess?.toLowerCase() === 'disabled')
      return pass('Public network access is disabled.', [ev('publicNetworkAccess', publicAccess)]);
    const action = String(armNeed<string>(vault, 'properties.networkAcls.defaultAction'));
    return action.toLowerCase() === 'deny'
      ? pass('The vault firewall denies networks that are not allowed.', [
          ev('networkAcls.defaultAction', action),
        ])
      : fail('The vault accepts requests from every network.', [ev('networkAcls.defaultAction', action)]);
  },
});
