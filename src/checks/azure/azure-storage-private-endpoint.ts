import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isType, privateEndpointCount, T } from './util.js';

export default defineCheck({
  id: 'azure-storage-private-endpoint',
  title: 'Storage accounts are reached through private endpoints',
  rationale:
    'A private endpoint gives the account an address inside the virtual network, so traffic from workloads stays ' +
    'on the Microsoft backbone and the public endpoint can be closed.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['NET-05'],
  remediation:
    'Create a private endpoint for the account in the virtual network that uses it, then restrict public access.',
  fix: {
    cli: 'az network private-endpoint create --name PE --resource-group RG --vnet-name VNET --subnet SUBNET --private-connection-resource-id ACCOUNT_ID --group-id blob --connection-name conn',
  },
  references: { 'cis-azure-foundations': ['3.10'] },
  evaluate(account, { inventory }) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    const n = privateEndpointCount(account, inventory);
    return n > 0
      ? pass(`${n} approved private endpoint connection(s).`, [ev('privateEndpoints', n)])
      : fail('No approved private endpoint reaches the account.', [ev('privateEndpoints', 0)]);
  },
});
