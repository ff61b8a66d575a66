import { storageServiceLogging } from './factories.js';

export default storageServiceLogging({
  id: 'azure-storage-table-logging',
  service: 'table',
  title: 'Table storage logs read, write and delete requests',
  rationale:
    'Without request logs for the table service there is no record of who read, changed or deleted data in the ' +
    'account, so misuse of a leaked key or SAS token cannot be investigated. Azure Monitor resource logs ' +
    '(StorageRead, StorageWrite, StorageDelete) replace the classic Storage Analytics logs for this.',
  remediation:
    'Add a diagnostic setting on the table service of the account that sends the StorageRead, StorageWrite and ' +
    'StorageDelete categories to a Log Analytics workspace, storage account or event hub.',
  severity: 'medium',
  controls: ['LOG-02'],
  cis: ['3.14'],
  fix: {
    cli: 'az monitor diagnostic-settings create --name table-logs --resource ACCOUNT_ID/tableServices/default --workspace WORKSPACE_ID --logs \'[{"category":"StorageRead","enabled":true},{"category":"StorageWrite","enabled":true},{"category":"StorageDelete","enabled":true}]\'',
  },
});
