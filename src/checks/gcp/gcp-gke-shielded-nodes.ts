import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isAutopilot, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-shielded-nodes',
  title: 'GKE clusters use Shielded GKE nodes',
  rationale:
    'Shielded GKE nodes have verifiable identity and integrity, which stops an attacker who extracted node ' +
    'credentials from impersonating a node to the control plane.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['HOST-03', 'OS-02'],
  remediation: 'Enable Shielded GKE nodes on the cluster.',
  fix: { cli: 'gcloud container clusters update CLUSTER --location=LOCATION --enable-shielded-nodes' },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    needBody(cluster);
    if (isAutopilot(cluster)) return pass('Autopilot clusters always use Shielded GKE nodes.');
    const on = value<boolean>(cluster, 'shieldedNodes.enabled') === true;
    return on
      ? pass('Shielded GKE nodes are on.', [ev('shieldedNodes.enabled', true)])
      : fail('Shielded GKE nodes are off.', [ev('shieldedNodes.enabled', false)]);
  },
});
