import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, needBody, norm, value } from './util.js';

export default defineCheck({
  id: 'gcp-gke-control-plane-authorized-networks',
  title: 'GKE control planes accept only authorized networks',
  rationale:
    'The Kubernetes API endpoint is the key to the whole cluster. Authorized networks (or a private endpoint only) ' +
    'limit who can reach it to known ranges instead of the whole internet.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['compute.container-cluster'],
  controls: ['NET-06', 'NET-02'],
  remediation:
    'Enable control plane authorized networks with the administrative ranges that need access, or use the private endpoint only.',
  fix: {
    cli: 'gcloud container clusters update CLUSTER --location=LOCATION --enable-master-authorized-networks --master-authorized-networks=203.0.113.0/24',
  },
  evaluate(cluster) {
    if (!isAsset(cluster, A.cluster)) return notApplicable('Not a GKE cluster.');
    needBody(cluster);
    const normalized = norm<boolean>(cluster, 'endpointPublic');
    if (
      normalized === false ||
      value<boolean>(cluster, 'privateClusterConfig.enablePrivateEndpoint') === true
    )
      return pass('The control plane has no public endpoint.', [ev('enablePrivateEndpoint', true)]);
    const cfg = value<Record<string, unknown>>(cluster, 'masterAuthorizedNetworksConfig') ?? {};
    const cidrs = (Array.isArray(cfg.cidrBlocks) ? cfg.cidrBlocks : [])
      .filter(isObj)
      .map((c) => String(c.cidrBlock ?? ''));
    if (cfg.enabled !== true)
      return fail('The public control plane endpoint accepts connections from any address.', [
        ev('masterAuthorizedNetworksConfig.enabled', false),
      ]);
    const open = cidrs.filter((c) => c.endsWith('/0'));
    return open.length === 0
      ? pass(`The control plane accepts ${cidrs.length} authorized range(s).`, [ev('cidrBlocks', cidrs)])
      : fail(`Authorized networks include ${open.join(', ')}.`, [ev('cidrBlocks', cidrs)]);
  },
});
