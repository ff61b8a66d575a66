import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isAutopilot, isObj, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-node-auto-upgrade',
  title: 'GKE node pools upgrade automatically',
  rationale:
    'Node images carry the kernel, container runtime and kubelet; nodes that are not upgraded keep known ' +
    'vulnerabilities and drift out of the supported version skew with the control plane.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['OS-01', 'OS-04'],
  remediation:
    'Enable node auto-upgrade on every node pool (with maintenance windows and surge settings that suit the workload).',
  fix: {
    cli: 'gcloud container node-pools update POOL --cluster=CLUSTER --location=LOCATION --enable-autoupgrade',
  },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    const normalized = norm<boolean>(cluster, 'nodeAutoUpgrade');
    if (normalized !== undefined)
      return normalized
        ? pass('Nodes upgrade automatically.')
        : fail('Some node pools do not upgrade automatically.');
    needBody(cluster);
    if (isAutopilot(cluster)) return pass('Autopilot upgrades nodes automatically.');
    const pools = (value<unknown[]>(cluster, 'nodePools') ?? []).filter(isObj);
    if (pools.length === 0) return notApplicable('The cluster has no node pools.');
    const manual = pools
      .filter((p) => !isObj(p.management) || p.management.autoUpgrade !== true)
      .map((p) => String(p.name));
    return manual.length === 0
      ? pass(`All ${pools.length} node pool(s) upgrade automatically.`)
      : fail(`Node pools without auto-upgrade: ${manual.join(', ')}.`, [ev('nodePools', manual)]);
  },
});
