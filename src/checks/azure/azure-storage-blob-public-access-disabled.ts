import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, norm, T } from './util.js';

export default defineCheck({
  id: 'azure-storage-blob-public-access-disabled',
  title: 'Storage accounts do not allow anonymous blob access',
  rationale:
    'While "Allow Blob anonymous access" is on, any container in the account can be switched to anonymous read ' +
    'by anyone with write access to its settings. Turning it off at the account makes anonymous access impossible ' +
    'whatever the container settings say.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['DATA-03'],
  remediation:
    'Set "Allow Blob anonymous access" (allowBlobPublicAccess) to disabled on the account; serve deliberate public ' +
    'content through a CDN or a dedicated, tagged account instead.',
  fix: {
    cli: 'az storage account update --name ACCOUNT --resource-group RG --allow-blob-public-access false',
    terraform: 'resource "azurerm_storage_account" "this" {\n  allow_nested_items_to_be_public = false\n}',
  },
  references: { 'cis-azure-foundations': ['3.7'] },
  params: {
    allowTag: {
      description: 'tag key that marks an approved public account (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(account, { params }) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    if (account.tags[String(params.allowTag)] === 'true')
      return notApplicable(
        `Marked as an approved public account by the tag ${String(params.allowTag)}=true.`,
      );
    const blocked = norm<boolean>(account, 'publicAccessBlocked');
    if (blocked === true)
      return pass('Anonymous blob access is disallowed.', [ev('publicAccessBlocked', true)]);
    const allowed = armNeed<boolean>(account, 'properties.allowBlobPublicAccess', 'publicAccessBlocked');
    return allowed
      ? fail('The account allows containers to be made anonymously readable.', [
          ev('allowBlobPublicAccess', true),
        ])
      : pass('Anonymous blob access is disallowed.', [ev('allowBlobPublicAccess', false)]);
  },
});
