import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-storage-shared-key-disabled',
  title: 'Storage accounts do not accept shared key authorization',
  rationale:
    'Shared keys (and the SAS tokens signed with them) are long-lived secrets that are not tied to an identity, ' +
    'so their use cannot be attributed or limited by Entra ID policies. Disallowing them forces every request ' +
    'through Entra ID authorization. Azure treats an unset value as allowed.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['IAM-05', 'IAM-06'],
  remediation:
    'Move clients to Entra ID (RBAC data roles or user-delegation SAS), then set allowSharedKeyAccess to false.',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --allow-shared-key-access false',
    terraform: 'resource "azurerm_storage_account" "this" {\n  shared_access_key_enabled = false\n}',
  },
  evaluate(account) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const allowed = armValue<boolean>(account, 'properties.allowSharedKeyAccess');
    if (allowed === undefined && !isArmDocument(account))
      throw new MissingData('raw.properties.allowSharedKeyAccess', 'not in the collected data');
    return allowed === false
      ? pass('Only Entra ID authorization is accepted.', [ev('allowSharedKeyAccess', false)])
      : fail('Requests signed with the account keys are accepted.', [
          ev('allowSharedKeyAccess', allowed ?? null),
        ]);
  },
});
