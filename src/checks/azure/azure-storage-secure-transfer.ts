import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, norm, T } from './util.js';

export default defineCheck({
  id: 'azure-storage-secure-transfer',
  title: 'Storage accounts accept requests over HTTPS only',
  rationale:
    'With "secure transfer required" off, the storage REST endpoints also answer plain HTTP, so keys, SAS tokens ' +
    'and data can cross the network unencrypted and be read or altered on the way.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['EIT-01'],
  remediation: 'Turn on "Secure transfer required" (supportsHttpsTrafficOnly) on the storage account.',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --https-only true',
    terraform: 'resource "azurerm_storage_account" "this" {\n  https_traffic_only_enabled = true\n}',
  },
  references: { 'cis-azure-foundations': ['3.1'] },
  evaluate(account) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const httpsOnly =
      norm<boolean>(account, 'tlsOnly') ??
      armNeed<boolean>(account, 'properties.supportsHttpsTrafficOnly', 'tlsOnly');
    return httpsOnly
      ? pass('The account refuses requests over plain HTTP.', [ev('supportsHttpsTrafficOnly', true)])
      : fail('The account accepts requests over plain HTTP.', [ev('supportsHttpsTrafficOnly', false)]);
  },
});
