import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-storage-infrastructure-encryption',
  title: 'Storage accounts encrypt data twice (infrastructure encryption)',
  rationale:
    'Infrastructure encryption adds a second, independent layer of AES-256 encryption below the service-level one, ' +
    'so a flaw in one algorithm, implementation or key does not expose the data. It can only be chosen when the ' +
    'account is created.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['EAR-01'],
  remediation:
    'Create a new account with infrastructure encryption enabled (requireInfrastructureEncryption) and move the ' +
    'data into it; the setting cannot be changed on an existing account.',
  fix: {
    cli: 'az storage account create --name ACCOUNT --resource-group RG --require-infrastructure-encryption',
    terraform: 'resource "azurerm_storage_account" "this" {\n  infrastructure_encryption_enabled = true\n}',
  },
  references: { 'cis-azure-foundations': ['3.2'] },
  evaluate(account) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const enc = armNeed<Record<string, unknown>>(account, 'properties.encryption', 'encryption');
    const on = enc.requireInfrastructureEncryption === true;
    return on
      ? pass('Data is encrypted at both the service and the infrastructure layer.', [
          ev('encryption.requireInfrastructureEncryption', true),
        ])
      : fail('Infrastructure (double) encryption is not enabled.', [
          ev('encryption.requireInfrastructureEncryption', enc.requireInfrastructureEncryption ?? false),
        ]);
  },
});
