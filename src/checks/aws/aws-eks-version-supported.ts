import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

function minor(version: string): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** EKS clusters run a Kubernetes version at or above the oldest one still in standard support (a parameter). */
export default defineCheck({
  id: 'aws-eks-version-supported',
  title: 'EKS clusters run a supported Kubernetes version',
  rationale:
    'Kubernetes minor versions get security fixes for about fourteen months in EKS standard support. Older clusters ' +
    'stop receiving patches (or incur extended-support fees) and block add-on upgrades.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['compute.container-cluster'],
  controls: ['OS-04', 'VUL-02'],
  remediation: 'Upgrade the control plane one minor version at a time, then the node groups and add-ons.',
  fix: { cli: 'aws eks update-cluster-version --name CLUSTER --kubernetes-version NEXT_VERSION' },
  params: {
    oldestSupported: {
      description: 'oldest Kubernetes minor version in EKS standard support',
      default: '1.31',
    },
  },
  evaluate(cluster, { params }) {
    if (cluster.service !== 'eks') return notApplicable(`A ${cluster.service} cluster, not EKS.`);
    const version = need<string>(cluster, 'version');
    const have = minor(version);
    const want = minor(String(params.oldestSupported));
    if (!have || !want)
      return fail(`The version ${version} could not be compared with ${String(params.oldestSupported)}.`);
    const ok = have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]);
    return ok
      ? pass(`Kubernetes ${version} is in support.`, [{ path: 'version', value: version }])
      : fail(`Kubernetes ${version} is older than ${String(params.oldestSupported)}.`, [
          { path: 'version', value: version },
        ]);
  },
});
