import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'VPC network',
    expect: 'pass',
    resource: gcp('network.vpc', names.network('vpc'), {
      name: 'vpc',
      autoCreateSubnetworks: false,
      subnetworks: ['x'],
    }),
  },
  {
    name: 'legacy network',
    expect: 'fail',
    resource: gcp('network.vpc', names.network('old'), {
      name: 'old',
      IPv4Range: '10.240.0.0/16',
      gatewayIPv4: '10.240.0.1',
    }),
  },
  { name: 'a subnetwork', expect: 'not_applicable', resource: gcp('network.vpc', names.subnetwork('s'), {}) },
  {
    name: 'body not collected',
    expect: 'error',
    resource: gcp('network.vpc', names.network('x'), {}, { raw: {} }),
  },
];
