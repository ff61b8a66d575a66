import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isGkeNode, isObj, needBody, norm, value } from './util.js';

export default defineCheck<'compute.instance', { allowLabel: string }>({
  id: 'gcp-vm-no-public-ip',
  title: 'VM instances have no external IP address',
  rationale:
    'An external address makes the instance directly reachable from the internet, so its exposure depends entirely ' +
    'on firewall rules staying correct. Instances behind load balancers, Cloud NAT and IAP need none.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['NET-02', 'NET-01'],
  remediation:
    'Remove the access config (external IP) from the interfaces; use Cloud NAT for egress and a load balancer or IAP ' +
    'for ingress. Enforce with the compute.vmExternalIpAccess organization policy.',
  fix: {
    cli: 'gcloud compute instances delete-access-config INSTANCE --zone=ZONE --access-config-name="External NAT"',
  },
  references: { 'cis-gcp-foundations': ['4.9'] },
  params: {
    allowLabel: {
      description: 'label key (value "true") marking an instance approved to be internet-facing',
      default: 'internet-facing',
    },
  },
  evaluate(vm, { params }) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    const normalized = norm<string[]>(vm, 'publicIps');
    if (normalized === undefined) needBody(vm);
    if (normalized === undefined && isGkeNode(vm))
      return notApplicable('A GKE node; see the cluster private-nodes check.');
    const labels = normalized === undefined ? (value<Record<string, unknown>>(vm, 'labels') ?? {}) : {};
    if (String(labels[params.allowLabel] ?? vm.tags[params.allowLabel] ?? '') === 'true')
      return notApplicable(`Labelled as approved to be internet-facing (${params.allowLabel}=true).`);
    const ips =
      normalized ??
      (value<unknown[]>(vm, 'networkInterfaces') ?? [])
        .filter(isObj)
        .flatMap((n) => [
          ...(Array.isArray(n.accessConfigs) ? n.accessConfigs : []),
          ...(Array.isArray(n.ipv6AccessConfigs) ? n.ipv6AccessConfigs : []),
        ])
        .filter(isObj)
        .map((a) => String(a.natIP ?? a.externalIpv6 ?? 'ephemeral'));
    return ips.length === 0
      ? pass('The instance has no external address.')
      : fail(`External addresses: ${ips.join(', ')}.`, [ev('externalIps', ips)]);
  },
});
