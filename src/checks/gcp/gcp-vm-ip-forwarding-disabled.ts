import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isGkeNode, needBody, value } from './util.js';

export default defineCheck<'compute.instance', { allowLabel: string }>({
  id: 'gcp-vm-ip-forwarding-disabled',
  title: 'VM instances do not forward IP packets',
  rationale:
    'With IP forwarding on, an instance can send and receive packets for addresses that are not its own, which ' +
    'lets a compromised VM route, spoof or intercept traffic. Only network appliances (NAT, firewalls) need it.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['compute.instance'],
  controls: ['NET-01', 'OS-02'],
  remediation: 'Recreate the instance with canIpForward=false, or label it as an approved network appliance.',
  references: { 'cis-gcp-foundations': ['4.6'] },
  params: {
    allowLabel: {
      description: 'label key (value "true") marking an approved network appliance',
      default: 'network-appliance',
    },
  },
  evaluate(vm, { params }) {
    if (!isAsset(vm, A.instance)) return notApplicable('Not a Compute Engine instance.');
    needBody(vm);
    if (isGkeNode(vm)) return notApplicable('A GKE node; GKE enables forwarding for pod routing.');
    const labels = value<Record<string, unknown>>(vm, 'labels') ?? {};
    if (String(labels[params.allowLabel] ?? vm.tags[params.allowLabel] ?? '') === 'true')
      return notApplicable(`Labelled as an approved network appliance (${params.allowLabel}=true).`);
    const forwarding = value<boolean>(vm, 'canIpForward') === true;
    return forwarding
      ? fail('IP forwarding is enabled.', [ev('canIpForward', true)])
      : pass('IP forwarding is disabled.', [ev('canIpForward', false)]);
  },
});
