import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-network-no-legacy',
  title: 'Projects have no legacy networks',
  rationale:
    'Legacy networks have one global IP range and no subnets, so traffic cannot be segmented by region or subnet, ' +
    'and features such as flow logs and Private Google Access per subnet are unavailable.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['network.vpc'],
  controls: ['NET-01'],
  remediation:
    'Migrate the workloads to a VPC network with subnets (or convert the legacy network) and delete the legacy one.',
  references: { 'cis-gcp-foundations': ['3.2'] },
  evaluate(network) {
    if (!isAsset(network, A.network)) return notApplicable('Not a VPC network.');
    needBody(network);
    const range = value<string>(network, 'IPv4Range');
    return range
      ? fail(`A legacy network (single range ${range}, no subnets).`, [ev('IPv4Range', range)])
      : pass('A VPC network with subnets.');
  },
});
