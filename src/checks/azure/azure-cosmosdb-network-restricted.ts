import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isArmDocument, isObj, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-cosmosdb-network-restricted',
  title: 'Cosmos DB accounts accept connections from selected networks only',
  rationale:
    'A Cosmos DB account without IP rules or virtual network filtering answers requests from any network, so a ' +
    'leaked key is usable from anywhere on the internet.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['database.nosql-table'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Under "Firewalls and virtual networks" choose selected networks: enable virtual network filtering, add IP ' +
    'rules for the clients that need access, or disable public network access and use private endpoints.',
  fix: {
    cli: 'az cosmosdb update --name ACCOUNT --resource-group RG --enable-virtual-network true --ip-range-filter 203.0.113.0/24',
    terraform:
      'resource "azurerm_cosmosdb_account" "this" {\n  is_virtual_network_filter_enabled = true\n  ip_range_filter                   = ["203.0.113.0/24"]\n}',
  },
  references: { 'cis-azure-foundations': ['4.5.1'] },
  evaluate(account) {
    if (!isType(account, T.cosmos)) return notApplicable('Not a Cosmos DB account.');
    if (!isArmDocument(account))
      throw new MissingData('raw.properties', 'the account document was not collected');
    const publicAccess = armValue<string>(account, 'properties.publicNetworkAccess');
    if (publicAccess?.toLowerCase() === 'disabled')
      return pass('Public network access is disabled.', [ev('publicNetworkAccess', publicAccess)]);
    const vnet = armValue<boolean>(account, 'properties.isVirtualNetworkFilterEnabled') === true;
    const ipRules = (armValue<unknown[]>(account, 'properties.ipRules') ?? [])
      .map((r) => (isObj(r) ? String(r.ipAddressOrRange ?? '') : String(r)))
      .filter((r) => r !== '' && !r.endsWith('/0'));
    const evidence = [ev('isVirtualNetworkFilterEnabled', vnet), ev('ipRules', ipRules)];
    return vnet || ipRules.length > 0
      ? pass('Access is limited to selected networks.', evidence)
      : fail('The account accepts connections from all networks.', evidence);
  },
});
