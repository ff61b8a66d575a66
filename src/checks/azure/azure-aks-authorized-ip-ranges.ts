import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, norm, T } from './util.js';

export default defineCheck({
  id: 'azure-aks-authorized-ip-ranges',
  title: 'Public AKS API servers accept only authorized IP ranges',
  rationale:
    'When the API server must stay public, authorized IP ranges limit who can even attempt to talk to it to known ' +
    'administrative networks, shrinking the exposure of the control plane.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.container-cluster'],
  controls: ['NET-06', 'NET-02'],
  remediation:
    'Set API server authorized IP ranges to the administrative networks and build agents that need access.',
  fix: {
    cli: 'az aks update --name CLUSTER --resource-group RG --api-server-authorized-ip-ranges 203.0.113.0/24',
  },
  evaluate(cluster) {
    if (!isType(cluster, T.aks)) return notApplicable('Not an AKS cluster.');
    if (
      norm<boolean>(cluster, 'endpointPublic') === false ||
      armValue<boolean>(cluster, 'properties.apiServerAccessProfile.enablePrivateCluster') === true
    )
      return notApplicable('The API server is private.');
    const ranges =
      norm<string[]>(cluster, 'endpointAllowedCidrs') ??
      armValue<string[]>(cluster, 'properties.apiServerAccessProfile.authorizedIPRanges');
    if (ranges === undefined) {
      if (armValue(cluster, 'properties') === undefined)
        throw new MissingData('raw.properties.apiServerAccessProfile', 'not in the collected data');
      return fail('The public API server accepts connections from any address.', [
        ev('authorizedIPRanges', []),
      ]);
    }
    const open = ranges.filter((r) => r.endsWith('/0'));
    if (ranges.length === 0 || open.length > 0)
      return fail('The public API server accepts connections from any address.', [
        ev('authorizedIPRanges', ranges),
      ]);
    return pass(`The API server accepts ${ranges.length} authorized range(s).`, [
      ev('authorizedIPRanges', ranges),
    ]);
  },
});
