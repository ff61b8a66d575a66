import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'custom network',
    expect: 'pass',
    resource: gcp('network.vpc', names.network('prod-vpc'), {
      name: 'prod-vpc',
      autoCreateSubnetworks: false,
    }),
  },
  {
    name: 'default network',
    expect: 'fail',
    resource: gcp('network.vpc', names.network('default'), { name: 'default', autoCreateSubnetworks: true }),
  },
  {
    name: 'a subnetwork',
    expect: 'not_applicable',
    resource: gcp('network.vpc', names.subnetwork('default'), { name: 'default' }),
  },
  {
    name: 'body not collected',
    expect: 'error',
    resource: gcp('network.vpc', names.network('x'), {}, { raw: {} }),
  },
];
