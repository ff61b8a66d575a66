import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** EKS control-plane logs (at least api, audit and authenticator) are sent to CloudWatch Logs. */
export default defineCheck({
  id: 'aws-eks-control-plane-logging',
  title: 'EKS control-plane logging is enabled',
  rationale:
    'The audit and authenticator logs record every request to the Kubernetes API and who made it. Without them, ' +
    'actions inside the cluster leave no trace outside it.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['compute.container-cluster'],
  controls: ['LOG-01', 'LOG-02'],
  remediation: 'Enable the required control-plane log types on the cluster.',
  fix: {
    cli: 'aws eks update-cluster-config --name CLUSTER --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n}',
  },
  params: {
    requiredTypes: {
      description: 'log types that must be enabled',
      default: ['api', 'audit', 'authenticator'],
    },
  },
  evaluate(cluster, { params }) {
    if (cluster.service !== 'eks') return notApplicable(`A ${cluster.service} cluster, not EKS.`);
    const enabled = new Set(need<string[]>(cluster, 'controlPlaneLogging').map((t) => t.toLowerCase()));
    const missing = (params.requiredTypes as string[]).filter((t) => !enabled.has(t.toLowerCase()));
    return missing.length === 0
      ? pass(`Control-plane logs enabled: ${[...enabled].join(', ')}.`)
      : fail(`Control-plane log types not enabled: ${missing.join(', ')}.`, [
          { path: 'controlPlaneLogging', value: [...enabled] },
        ]);
  },
});
