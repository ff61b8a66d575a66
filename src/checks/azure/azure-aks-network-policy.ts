import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, norm, T } from './util.js';

const ENGINES = ['azure', 'calico', 'cilium'];

export default defineCheck({
  id: 'azure-aks-network-policy',
  title: 'AKS clusters enforce Kubernetes network policies',
  rationale:
    'Without a network policy engine, every pod can reach every other pod and NetworkPolicy objects are silently ' +
    'ignored, so one compromised workload can move freely across the cluster.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.container-cluster'],
  controls: ['NET-01'],
  remediation:
    'Enable a network policy engine (Azure, Calico or Cilium) on the cluster and define policies per namespace.',
  fix: { cli: 'az aks update --name CLUSTER --resource-group RG --network-policy cilium' },
  evaluate(cluster) {
    if (!isType(cluster, T.aks)) return notApplicable('Not an AKS cluster.');
    const normalized = norm<boolean>(cluster, 'networkPolicy');
    if (normalized !== undefined)
      return normalized
        ? pass('A network policy engine is enabled.')
        : fail('No network policy engine is enabled.');
    const profile = armValue<Record<string, unknown>>(cluster, 'properties.networkProfile');
    if (profile === undefined)
      throw new MissingData('raw.properties.networkProfile', 'not in the collected data');
    const engine = String(profile.networkPolicy ?? 'none').toLowerCase();
    return ENGINES.includes(engine)
      ? pass(`Network policies are enforced by ${engine}.`, [ev('networkProfile.networkPolicy', engine)])
      : fail('No network policy engine is enabled; NetworkPolicy objects have no effect.', [
          ev('networkProfile.networkPolicy', engine),
        ]);
  },
});
