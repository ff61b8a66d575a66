import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, norm, T } from './util.js';

export default defineCheck({
  id: 'azure-aks-private-cluster',
  title: 'AKS API servers are private',
  rationale:
    'A private cluster exposes its Kubernetes API server only on a private address in the virtual network, so the ' +
    'control plane cannot be reached, scanned or brute-forced from the internet.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.container-cluster'],
  controls: ['NET-06', 'NET-02'],
  remediation:
    'Use a private cluster (or API Server VNet integration with public access disabled); reach it through a jump host, VPN or Bastion.',
  fix: { cli: 'az aks create --name CLUSTER --resource-group RG --enable-private-cluster ...' },
  evaluate(cluster) {
    if (!isType(cluster, T.aks)) return notApplicable('Not an AKS cluster.');
    const normalized = norm<boolean>(cluster, 'endpointPublic');
    if (normalized !== undefined)
      return normalized
        ? fail('The API server has a public endpoint.', [ev('endpointPublic', true)])
        : pass('The API server is private.', [ev('endpointPublic', false)]);
    const profile = armValue<Record<string, unknown>>(cluster, 'properties.apiServerAccessProfile');
    if (profile === undefined && armValue(cluster, 'properties') === undefined)
      throw new MissingData('raw.properties.apiServerAccessProfile', 'not in the collected data');
    const priv = profile?.enablePrivateCluster === true;
    return priv
      ? pass('The API server is private.', [ev('apiServerAccessProfile.enablePrivateCluster', true)])
      : fail('The API server has a public endpoint.', [
          ev('apiServerAccessProfile.enablePrivateCluster', false),
        ]);
  },
});
