import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, ev, isType, norm, T } from './util.js';

export default defineCheck({
  id: 'azure-aks-rbac-enabled',
  title: 'AKS clusters use Kubernetes RBAC',
  rationale:
    'Without Kubernetes RBAC every authenticated user and service account is effectively cluster administrator. ' +
    'RBAC is also a prerequisite for Entra ID integration; it can only be set when the cluster is created.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['compute.container-cluster'],
  controls: ['IAM-03'],
  remediation:
    'Recreate the cluster with Kubernetes RBAC enabled (the default for new clusters) and migrate workloads.',
  fix: {
    terraform:
      'resource "azurerm_kubernetes_cluster" "this" {\n  role_based_access_control_enabled = true\n}',
  },
  evaluate(cluster) {
    if (!isType(cluster, T.aks)) return notApplicable('Not an AKS cluster.');
    const rbac = norm<boolean>(cluster, 'rbac') ?? armNeed<boolean>(cluster, 'properties.enableRBAC', 'rbac');
    return rbac
      ? pass('Kubernetes RBAC is enabled.', [ev('enableRBAC', true)])
      : fail('Kubernetes RBAC is disabled.', [ev('enableRBAC', false)]);
  },
});
