import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need, norm } from './util.js';

export default defineCheck({
  id: 'gcp-network-no-default',
  title: 'Projects do not keep the default network',
  rationale:
    'The default network is created with a subnet in every region and pre-populated firewall rules that allow SSH, ' +
    'RDP and ICMP from anywhere and all traffic inside it. Networks should be designed, not inherited.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['network.vpc'],
  controls: ['NET-01', 'NET-02'],
  remediation:
    'Move workloads to custom-mode networks, delete the default network, and set the ' +
    'compute.skipDefaultNetworkCreation organization policy.',
  fix: { cli: 'gcloud compute networks delete default' },
  references: { 'cis-gcp-foundations': ['3.1'] },
  evaluate(network) {
    if (!isAsset(network, A.network)) return notApplicable('Not a VPC network.');
    const isDefault =
      norm<boolean>(network, 'isDefault') ?? String(need<string>(network, 'name')) === 'default';
    return isDefault
      ? fail('This is the auto-created default network.', [ev('name', 'default')])
      : pass('Not the default network.');
  },
});
