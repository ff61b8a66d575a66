import type { CheckCase } from '../testing.js';
import { gcp, names, PROJECT } from './testkit.js';

const net = (n: string) => gcp('network.vpc', names.network(n), { name: n, autoCreateSubnetworks: false });
const dnsPolicy = (n: string, network: string, enableLogging: boolean) =>
  gcp('monitoring.config', names.dnsPolicy(n), {
    enableLogging,
    networks: [
      { networkUrl: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/networks/${network}` },
    ],
  });

export const cases: CheckCase[] = [
  {
    name: 'logging policy attached',
    expect: 'pass',
    resource: net('prod'),
    inventory: [dnsPolicy('log', 'prod', true)],
  },
  {
    name: 'policy without logging',
    expect: 'fail',
    resource: net('prod'),
    inventory: [dnsPolicy('nolog', 'prod', false)],
  },
  {
    name: 'policy on another network',
    expect: 'fail',
    resource: net('dev'),
    inventory: [dnsPolicy('log', 'prod', true)],
  },
  {
    name: 'a subnetwork',
    expect: 'not_applicable',
    resource: gcp('network.vpc', names.subnetwork('s1'), {}),
  },
  { name: 'no DNS policies collected', expect: 'error', resource: net('prod') },
];
