import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-cosmosdb-local-auth-disabled',
  title: 'Cosmos DB accounts use Entra ID instead of account keys',
  rationale:
    'Account keys give full access to every database in the account and are not tied to an identity. Disabling ' +
    'local (key-based) authentication forces clients to use Entra ID and Cosmos DB RBAC, which can be scoped, ' +
    'audited and revoked per identity. Azure treats an unset value as keys allowed.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.nosql-table'],
  controls: ['IAM-05', 'IAM-03'],
  remediation:
    'Grant clients Cosmos DB data-plane roles through Entra ID, then set disableLocalAuth to true.',
  fix: {
    cli: 'az resource update --ids ACCOUNT_ID --set properties.disableLocalAuth=true',
    terraform: 'resource "azurerm_cosmosdb_account" "this" {\n  local_authentication_disabled = true\n}',
  },
  references: { 'cis-azure-foundations': ['4.5.3'] },
  evaluate(account) {
    if (!isType(account, T.cosmos)) return notApplicable('Not a Cosmos DB account.');
    const disabled = armValue<boolean>(account, 'properties.disableLocalAuth');
    if (disabled === undefined && !isArmDocument(account))
      throw new MissingData('raw.properties.disableLocalAuth', 'not in the collected data');
    return disabled === true
      ? pass('Only Entra ID authentication is accepted.', [ev('disableLocalAuth', true)])
      : fail('Account keys can be used to authenticate.', [ev('disableLocalAuth', disabled ?? false)]);
  },
});
