import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isAutopilot, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-network-policy',
  title: 'GKE clusters enforce network policies',
  rationale:
    'Without network policy enforcement every pod can reach every other pod and NetworkPolicy objects are ignored, ' +
    'so a single compromised workload can move laterally across the cluster.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['NET-01'],
  remediation:
    'Use GKE Dataplane V2 (which enforces network policies) or enable network policy enforcement, then define policies.',
  fix: { cli: 'gcloud container clusters update CLUSTER --location=LOCATION --enable-network-policy' },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    const normalized = norm<boolean>(cluster, 'networkPolicy');
    if (normalized !== undefined)
      return normalized ? pass('Network policies are enforced.') : fail('Network policies are not enforced.');
    needBody(cluster);
    if (isAutopilot(cluster)) return pass('Autopilot clusters enforce network policies with Dataplane V2.');
    const dpv2 = value<string>(cluster, 'networkConfig.datapathProvider') === 'ADVANCED_DATAPATH';
    const calico = value<boolean>(cluster, 'networkPolicy.enabled') === true;
    return dpv2 || calico
      ? pass(`Network policies are enforced by ${dpv2 ? 'Dataplane V2' : 'Calico'}.`, [
          ev('networkPolicy', dpv2 ? 'ADVANCED_DATAPATH' : 'CALICO'),
        ])
      : fail('Network policies are not enforced.', [ev('networkPolicy.enabled', false)]);
  },
});
