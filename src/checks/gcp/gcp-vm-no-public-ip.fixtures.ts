import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const vm = (n: string, networkInterfaces: unknown[], extra: Record<string, unknown> = {}) =>
  gcp('compute.instance', names.instance(n), { name: n, networkInterfaces, ...extra });

export const cases: CheckCase[] = [
  { name: 'internal only', expect: 'pass', resource: vm('a', [{ network: 'n', networkIP: '10.0.0.5' }]) },
  {
    name: 'ephemeral external IP',
    expect: 'fail',
    resource: vm('b', [
      { networkIP: '10.0.0.6', accessConfigs: [{ type: 'ONE_TO_ONE_NAT', natIP: '34.1.2.3' }] },
    ]),
    message: '34.1.2.3',
  },
  {
    name: 'normalized public IPs',
    expect: 'fail',
    resource: gcp('compute.instance', names.instance('c'), {}, { properties: { publicIps: ['35.9.9.9'] } }),
  },
  {
    name: 'approved bastion',
    expect: 'not_applicable',
    resource: vm('bastion', [{ accessConfigs: [{ natIP: '34.1.1.1' }] }], {
      labels: { 'internet-facing': 'true' },
    }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('compute.instance', names.instance('d'), {}, { raw: {} }),
  },
];
