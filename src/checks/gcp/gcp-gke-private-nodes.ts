import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-private-nodes',
  title: 'GKE nodes have private addresses only',
  rationale:
    'Nodes with external IP addresses are reachable from the internet on every port the firewall leaves open, ' +
    'including kubelet and NodePort services. Private nodes reach the internet through Cloud NAT instead.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['NET-02', 'NET-01'],
  remediation: 'Create clusters (or node pools) with private nodes and give them egress through Cloud NAT.',
  fix: { cli: 'gcloud container clusters update CLUSTER --location=LOCATION --enable-private-nodes' },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    const normalized = norm<boolean>(cluster, 'privateNodes');
    if (normalized === undefined) needBody(cluster);
    const priv =
      normalized ??
      (value<boolean>(cluster, 'privateClusterConfig.enablePrivateNodes') === true ||
        value<boolean>(cluster, 'networkConfig.defaultEnablePrivateNodes') === true);
    return priv
      ? pass('Nodes have private addresses only.', [ev('enablePrivateNodes', true)])
      : fail('Nodes have external IP addresses.', [ev('enablePrivateNodes', false)]);
  },
});
