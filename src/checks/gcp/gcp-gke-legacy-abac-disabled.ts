import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-legacy-abac-disabled',
  title: 'GKE clusters do not use legacy ABAC',
  rationale:
    'Legacy attribute-based access control grants broad, static permissions that bypass Kubernetes RBAC; with it ' +
    'on, RBAC restrictions do not hold.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['IAM-03'],
  remediation: 'Disable legacy authorization on the cluster and rely on RBAC.',
  fix: {
    cli: 'gcloud container clusters update CLUSTER --location=LOCATION --no-enable-legacy-authorization',
  },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    const rbac = norm<boolean>(cluster, 'rbac');
    if (rbac !== undefined)
      return rbac ? pass('Authorization is through RBAC.') : fail('Legacy ABAC is enabled.');
    needBody(cluster);
    const abac = value<boolean>(cluster, 'legacyAbac.enabled') === true;
    return abac
      ? fail('Legacy ABAC is enabled.', [ev('legacyAbac.enabled', true)])
      : pass('Legacy ABAC is disabled.', [ev('legacyAbac.enabled', false)]);
  },
});
