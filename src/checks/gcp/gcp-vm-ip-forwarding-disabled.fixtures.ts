import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, body: Record<string, unknown>) =>
  gcp('compute.instance', names.instance(n), { name: n, ...body });

export const cases: CheckCase[] = [
  { name: 'off (field omitted)', expect: 'pass', resource: vm('a', { status: 'RUNNING' }) },
  { name: 'on', expect: 'fail', resource: vm('b', { canIpForward: true }) },
  {
    name: 'approved NAT appliance',
    expect: 'not_applicable',
    resource: vm('nat', { canIpForward: true, labels: { 'network-appliance': 'true' } }),
  },
  {
    name: 'GKE node',
    expect: 'not_applicable',
    resource: vm('gke-n', { canIpForward: true, labels: { 'goog-gke-node': '' } }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('compute.instance', names.instance('d'), {}, { raw: {} }),
  },
];
