import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isType, privateEndpointCount, T } from './util.js';

export default defineCheck({
  id: 'azure-keyvault-private-endpoint',
  title: 'Key vaults are reached through private endpoints',
  rationale:
    "A private endpoint keeps key and secret requests on the private network and allows the vault's public " +
    'endpoint to be closed, so stolen credentials cannot be used against it from the internet.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['crypto.key', 'secrets.secret', 'crypto.certificate'],
  controls: ['NET-05'],
  remediation:
    'Create a private endpoint for the vault, add the privatelink DNS zone, then disable public network access.',
  fix: {
    cli: 'az network private-endpoint create --name PE --resource-group RG --vnet-name VNET --subnet SUBNET --private-connection-resource-id VAULT_ID --group-id vault --connection-name conn',
  },
  references: { 'cis-azure-foundations': ['8.7'] },
  evaluate(vault, { inventory }) {
    if (!isType(vault, T.keyVault)) return notApplicable('Not a key vault.');
    const n = privateEndpointCount(vault, inventory);
    return n > 0
      ? pass(`${n} approved private endpoint connection(s).`, [ev('privateEndpoints', n)])
      : fail('No approved private endpoint reaches the vault.', [ev('privateEndpoints', 0)]);
  },
});
