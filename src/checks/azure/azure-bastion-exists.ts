import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isSubscription, label, ofType, once, subscriptionOf } from './util.js';

const BASTION = 'microsoft.network/bastionhosts';

export default defineCheck({
  id: 'azure-bastion-exists',
  title: 'Subscriptions provide Azure Bastion for administrative access',
  rationale:
    'Azure Bastion gives RDP and SSH to VMs over TLS from the portal or CLI without public IPs or open management ' +
    'ports on the VMs. Without it, teams tend to open 3389/22 to reach their machines.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['NET-06'],
  remediation:
    'Deploy Azure Bastion in the virtual network(s) that hold VMs and remove direct RDP/SSH exposure.',
  fix: {
    cli: 'az network bastion create --name BASTION --resource-group RG --vnet-name VNET --public-ip-address PIP --location LOCATION',
  },
  references: { 'cis-azure-foundations': ['7.1'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    if (ofType(inventory, BASTION).length === 0)
      throw new MissingData(
        'bastionHosts',
        'no Bastion hosts were collected, so their absence cannot be told',
      );
    const bySub = once(inventory, 'azure:bastions', () => {
      const m = new Map<string, string[]>();
      for (const b of ofType(inventory, BASTION))
        m.set(subscriptionOf(b), [...(m.get(subscriptionOf(b)) ?? []), label(b)]);
      return m;
    });
    const hosts = bySub.get(subscriptionOf(sub)) ?? [];
    return hosts.length > 0
      ? pass(`Bastion host(s): ${hosts.join(', ')}.`, [ev('bastionHosts', hosts)])
      : fail('The subscription has no Azure Bastion host.');
  },
});
