import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isType, privateEndpointCount, T } from './util.js';

export default defineCheck({
  id: 'azure-cosmosdb-private-endpoint',
  title: 'Cosmos DB accounts are reached through private endpoints',
  rationale:
    'Private endpoints put the account on a private address in the virtual network, keeping application traffic ' +
    'off the internet and letting the public endpoint be closed.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['database.nosql-table'],
  controls: ['NET-05'],
  remediation: 'Create a private endpoint for the account and then disable public network access.',
  fix: {
    cli: 'az network private-endpoint create --name PE --resource-group RG --vnet-name VNET --subnet SUBNET --private-connection-resource-id ACCOUNT_ID --group-id Sql --connection-name conn',
  },
  references: { 'cis-azure-foundations': ['4.5.2'] },
  evaluate(account, { inventory }) {
    if (!isType(account, T.cosmos)) return notApplicable('Not a Cosmos DB account.');
    const n = privateEndpointCount(account, inventory);
    return n > 0
      ? pass(`${n} approved private endpoint connection(s).`, [ev('privateEndpoints', n)])
      : fail('No approved private endpoint reaches the account.', [ev('privateEndpoints', 0)]);
  },
});
