import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isSite } from './util.js';

export default defineCheck({
  id: 'azure-appservice-managed-identity',
  title: 'App Service apps use a managed identity',
  rationale:
    'A managed identity lets the app reach Key Vault, storage and databases with tokens Azure issues and rotates, ' +
    'instead of connection strings and keys stored in app settings where they leak and never expire.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['IAM-06'],
  remediation:
    'Turn on a system-assigned (or attach a user-assigned) managed identity and replace stored credentials with it.',
  fix: {
    cli: 'az webapp identity assign --name APP --resource-group RG',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  identity {\n    type = "SystemAssigned"\n  }\n}',
  },
  references: { 'cis-azure-foundations': ['9.5'] },
  evaluate(site) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    const type = armValue<string>(site, 'identity.type');
    // The ARM document omits `identity` when the app has none.
    if (type === undefined && !isArmDocument(site))
      throw new MissingData('raw.identity', 'not in the collected data');
    const t = (type ?? 'None').toLowerCase();
    return t.includes('systemassigned') || t.includes('userassigned')
      ? pass(`The app has a managed identity (${type}).`, [ev('identity.type', type)])
      : fail('The app has no managed identity.', [ev('identity.type', type ?? 'None')]);
  },
});
