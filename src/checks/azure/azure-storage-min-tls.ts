import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, T } from './util.js';

const ACCEPTED = ['TLS1_2', 'TLS1_3'];

export default defineCheck({
  id: 'azure-storage-min-tls',
  title: 'Storage accounts require TLS 1.2 or later',
  rationale:
    'TLS 1.0 and 1.1 have known weaknesses and are deprecated. A storage account whose minimum version is lower ' +
    'lets clients negotiate them, so the account should refuse anything older than TLS 1.2.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['EIT-01'],
  remediation:
    'Set the minimum TLS version of the storage account to TLS 1.2 after checking that clients support it.',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --min-tls-version TLS1_2',
    terraform: 'resource "azurerm_storage_account" "this" {\n  min_tls_version = "TLS1_2"\n}',
  },
  references: { 'cis-azure-foundations': ['3.15'] },
  evaluate(account) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const min = String(armNeed<string>(account, 'properties.minimumTlsVersion'));
    return ACCEPTED.includes(min.toUpperCase())
      ? pass(`The minimum TLS version is ${min}.`, [ev('minimumTlsVersion', min)])
      : fail(`The account still accepts ${min}; TLS 1.2 is the minimum to allow.`, [
          ev('minimumTlsVersion', min),
        ]);
  },
});
