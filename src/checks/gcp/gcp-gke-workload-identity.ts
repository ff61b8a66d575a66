import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isAutopilot, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-workload-identity',
  title: 'GKE workloads use Workload Identity',
  rationale:
    "Without Workload Identity, pods use the node's service account through the metadata server, so every pod on " +
    'a node has the same Google Cloud permissions and can read node credentials. Workload Identity gives each ' +
    'Kubernetes service account its own identity.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['IAM-06', 'IAM-03'],
  remediation:
    'Enable Workload Identity on the cluster and the GKE metadata server on node pools, then bind Kubernetes service accounts to IAM principals.',
  fix: {
    cli: 'gcloud container clusters update CLUSTER --location=LOCATION --workload-pool=PROJECT.svc.id.goog',
  },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    needBody(cluster);
    if (isAutopilot(cluster)) return pass('Autopilot clusters always use Workload Identity.');
    const pool = value<string>(cluster, 'workloadIdentityConfig.workloadPool');
    return pool
      ? pass(`Workload Identity is on (${pool}).`, [ev('workloadPool', pool)])
      : fail('Workload Identity is off; pods use the node service account.', [ev('workloadPool', null)]);
  },
});
