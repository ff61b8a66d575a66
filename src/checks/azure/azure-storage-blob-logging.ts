import { storageServiceLogging } from './factories.js';

export default storageServiceLogging({
  id: 'azure-storage-blob-logging',
  service: 'blob',
  title: 'Blob storage logs read, write and delete requests',
  rationale:
    'Without request logs for the blob service there is no record of who read, changed or deleted data in the ' +
    'account, so misuse of a leaked key or SAS token cannot be investigated. Azure Monitor resource logs ' +
    '(StorageRead, StorageWrite, StorageDelete) replace the classic Storage Analytics logs for this.',
  remediation:
    'Add a diagnostic setting on the blob service of the account that sends the StorageRead, StorageWrite and ' +
    'StorageDelete categories to a Log Analytics workspace, storage account or event hub.',
  severity: 'medium',
  controls: ['LOG-02'],
  cis: ['3.13'],
  fix: {
    cli: 'az monitor diagnostic-settings create --name blob-logs --resource ACCOUNT_ID/blobServices/default --workspace WORKSPACE_ID --logs \'[{"category":"StorageRead","enabled":true},{"category":"StorageWrite","enabled":true},{"category":"StorageDelete","enabled":true}]\'',
  },
});
