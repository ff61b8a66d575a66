import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-nodes-not-default-sa',
  title: 'GKE nodes do not run as the Compute Engine default service account',
  rationale:
    'Nodes running as the default service account inherit its Editor role, and any pod that can reach the ' +
    'metadata server can use it. Nodes need only a minimal account with logging and monitoring roles.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['IAM-03', 'IAM-06'],
  remediation:
    'Create node pools with a dedicated least-privilege service account (roles/container.defaultNodeServiceAccount).',
  fix: {
    cli: 'gcloud container node-pools create POOL --cluster=CLUSTER --location=LOCATION --service-account=gke-nodes@PROJECT.iam.gserviceaccount.com',
  },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    needBody(cluster);
    const pools = (value<unknown[]>(cluster, 'nodePools') ?? []).filter(isObj);
    const accounts = pools.map((p) => ({
      pool: String(p.name),
      sa: String(isObj(p.config) ? (p.config.serviceAccount ?? 'default') : 'default'),
    }));
    const autopilotSa = value<string>(cluster, 'autoscaling.autoprovisioningNodePoolDefaults.serviceAccount');
    if (accounts.length === 0 && !autopilotSa) return notApplicable('The cluster has no node pools.');
    const bad = accounts.filter(
      (a) => a.sa === 'default' || /-compute@developer\.gserviceaccount\.com$/.test(a.sa),
    );
    return bad.length === 0
      ? pass('Node pools run as dedicated service accounts.', [ev('nodeServiceAccounts', accounts)])
      : fail(`Node pools on the default service account: ${bad.map((b) => b.pool).join(', ')}.`, [
          ev('nodeServiceAccounts', accounts),
        ]);
  },
});
