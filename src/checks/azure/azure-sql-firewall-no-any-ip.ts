import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, norm, T, wideFirewallRules } from './util.js';

const ALL = '0.0.0.0/0';
/** "Allow Azure services and resources to access this server": 0.0.0.0 – 0.0.0.0, i.e. any Azure tenant. */
const AZURE = '0.0.0.0/32';

export default defineCheck({
  id: 'azure-sql-firewall-no-any-ip',
  title: 'Azure SQL servers are not open to any IP address',
  rationale:
    'A server firewall rule from 0.0.0.0 to 255.255.255.255 exposes the database login to the whole internet, and ' +
    'the "Allow Azure services" rule (0.0.0.0 – 0.0.0.0) admits connections from any Azure customer\'s resources, ' +
    "not just the organisation's. Either leaves only the password between an attacker and the data.",
  severity: 'critical',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Delete the all-addresses and "AllowAllWindowsAzureIps" rules; allow named client ranges or, better, use ' +
    'private endpoints and disable public network access.',
  fix: {
    cli: 'az sql server firewall-rule delete --server SERVER --resource-group RG --name AllowAllWindowsAzureIps',
    terraform: 'resource "azurerm_mssql_server" "this" {\n  public_network_access_enabled = false\n}',
  },
  references: { 'cis-azure-foundations': ['4.1.2'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.sqlServer)) return notApplicable('Not an Azure SQL logical server.');
    const publicAccess = armValue<string>(server, 'properties.publicNetworkAccess');
    if (publicAccess?.toLowerCase() === 'disabled')
      return pass('Public network access is disabled; firewall rules are not used.', [
        ev('publicNetworkAccess', publicAccess),
      ]);
    let open = wideFirewallRules(server, inventory, T.sqlServer);
    if (!open) {
      const cidrs = norm<string[]>(server, 'firewallCidrs');
      if (!cidrs) throw new MissingData('firewallRules', 'the server firewall rules were not collected');
      open = cidrs.filter((c) => c === ALL || c === AZURE);
    }
    return open.length === 0
      ? pass('No firewall rule admits every address or every Azure tenant.')
      : fail(`Firewall rules open the server too widely: ${open.join(', ')}.`, [ev('firewallRules', open)]);
  },
});
