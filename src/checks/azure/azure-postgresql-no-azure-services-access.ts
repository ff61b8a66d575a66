import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, T, wideFirewallRules } from './util.js';

export default defineCheck({
  id: 'azure-postgresql-no-azure-services-access',
  title: 'PostgreSQL servers do not admit all Azure services',
  rationale:
    '"Allow access to Azure services" creates a 0.0.0.0 firewall rule that lets any resource in any Azure ' +
    "subscription, including other customers', reach the server. A 0.0.0.0 – 255.255.255.255 rule opens it to the " +
    'whole internet.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['database.instance'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Delete the 0.0.0.0 firewall rules ("Allow public access from any Azure service"); allow specific client ' +
    'addresses, or use private access (VNet integration or private endpoints).',
  fix: {
    cli: 'az postgres flexible-server firewall-rule delete --name SERVER --resource-group RG --rule-name AllowAllAzureServicesAndResourcesWithinAzureIps',
  },
  references: { 'cis-azure-foundations': ['4.3.7'] },
  evaluate(server, { inventory }) {
    if (!isType(server, T.pgSingle, T.pgFlexible))
      return notApplicable('Not an Azure Database for PostgreSQL server.');
    const flexible = isType(server, T.pgFlexible);
    const publicAccess = armValue<string>(
      server,
      flexible ? 'properties.network.publicNetworkAccess' : 'properties.publicNetworkAccess',
    );
    if (publicAccess?.toLowerCase() === 'disabled')
      return pass('Public network access is disabled.', [ev('publicNetworkAccess', publicAccess)]);
    const wide = wideFirewallRules(server, inventory, flexible ? T.pgFlexible : T.pgSingle);
    if (!wide) throw new MissingData('firewallRules', 'the server firewall rules were not collected');
    return wide.length === 0
      ? pass('No firewall rule admits all Azure services or all addresses.')
      : fail(`Firewall rules open the server to all of Azure or the internet: ${wide.join(', ')}.`, [
          ev('firewallRules', wide),
        ]);
  },
});
