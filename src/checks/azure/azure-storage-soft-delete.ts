import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isType, needChildren, nodeOf, nodeValue, T } from './util.js';

export default defineCheck<'storage.bucket', { minimumDays: number }>({
  id: 'azure-storage-soft-delete',
  title: 'Deleted blobs and containers can be recovered (soft delete)',
  rationale:
    'Soft delete keeps deleted or overwritten blobs and deleted containers for a retention period, so an accident ' +
    'or a malicious delete with a stolen key can be undone instead of becoming data loss.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['BAK-01', 'DATA-04'],
  remediation:
    'Enable blob soft delete and container soft delete on the blob service of the account, each with a retention ' +
    'period of at least the configured number of days.',
  fix: {
    cli: 'az storage account blob-service-properties update --account-name ACCOUNT --resource-group RG --enable-delete-retention true --delete-retention-days 14 --enable-container-delete-retention true --container-delete-retention-days 14',
    terraform:
      'resource "azurerm_storage_account" "this" {\n  blob_properties {\n    delete_retention_policy { days = 14 }\n    container_delete_retention_policy { days = 14 }\n  }\n}',
  },
  references: { 'cis-azure-foundations': ['3.11'] },
  params: { minimumDays: { description: 'shortest acceptable retention, in days', default: 7 } },
  evaluate(account, { inventory, params }) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const service = needChildren(nodeOf(account), inventory, T.blobServices, 'blob service properties')[0];
    if (!service)
      return fail('The blob service properties were not found, so soft delete is not configured.');
    const problems: string[] = [];
    const evidence = [];
    for (const [path, what] of [
      ['properties.deleteRetentionPolicy', 'blob soft delete'],
      ['properties.containerDeleteRetentionPolicy', 'container soft delete'],
    ] as const) {
      const enabled = nodeValue<boolean>(service, `${path}.enabled`) === true;
      const days = nodeValue<number>(service, `${path}.days`);
      evidence.push(ev(path.replace('properties.', ''), { enabled, days }));
      if (!enabled) problems.push(`${what} is off`);
      else if (days !== undefined && days < params.minimumDays)
        problems.push(`${what} keeps data for only ${days} days`);
    }
    return problems.length === 0
      ? pass('Blob and container soft delete are on.', evidence)
      : fail(`${problems.join('; ')}.`, evidence);
  },
});
