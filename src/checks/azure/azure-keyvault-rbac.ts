import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-keyvault-rbac',
  title: 'Key vaults use Azure RBAC for data access',
  rationale:
    'With access policies, anyone who can change the vault (Contributor) can grant themselves access to its keys ' +
    'and secrets. Azure RBAC separates managing the vault from using its contents, supports per-object scopes, ' +
    'PIM and conditional access.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['crypto.key', 'secrets.secret', 'crypto.certificate'],
  controls: ['KEY-03', 'IAM-03'],
  remediation:
    'Migrate the access policies to Key Vault RBAC role assignments and switch the permission model to Azure RBAC.',
  fix: {
    cli: 'az keyvault update --name VAULT --resource-group RG --enable-rbac-authorization true',
    terraform: 'resource "azurerm_key_vault" "this" {\n  rbac_authorization_enabled = true\n}',
  },
  references: { 'cis-azure-foundations': ['8.6'] },
  evaluate(vault) {
    if (!isType(vault, T.keyVault)) return notApplicable('Not a key vault.');
    const rbac = armNeed<boolean>(vault, 'properties.enableRbacAuthorization');
    return rbac
      ? pass('The vault uses the Azure RBAC permission model.', [ev('enableRbacAuthorization', true)])
      : fail('The vault uses access policies.', [ev('enableRbacAuthorization', false)]);
  },
});
