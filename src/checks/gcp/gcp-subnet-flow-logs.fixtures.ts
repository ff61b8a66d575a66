import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const subnet = (n: string, body: Record<string, unknown>) =>
  gcp('network.subnet', names.subnetwork(n), { name: n, ipCidrRange: '10.0.0.0/24', ...body });
const full = {
  enable: true,
  aggregationInterval: 'INTERVAL_5_SEC',
  flowSampling: 1,
  metadata: 'INCLUDE_ALL_METADATA',
};

export const cases: CheckCase[] = [
  { name: 'full recording', expect: 'pass', resource: subnet('a', { logConfig: full }) },
  { name: 'off', expect: 'fail', resource: subnet('b', { logConfig: { enable: false } }) },
  { name: 'no log config', expect: 'fail', resource: subnet('c', { purpose: 'PRIVATE' }) },
  {
    name: 'sampled',
    expect: 'fail',
    resource: subnet('d', { logConfig: { ...full, flowSampling: 0.5 } }),
    message: 'sampling 0.5',
  },
  {
    name: 'sampled but partial recording accepted',
    expect: 'pass',
    params: { fullRecording: false },
    resource: subnet('e', { logConfig: { ...full, flowSampling: 0.5 } }),
  },
  {
    name: 'proxy-only subnet',
    expect: 'not_applicable',
    resource: subnet('f', { purpose: 'REGIONAL_MANAGED_PROXY' }),
  },
  {
    name: 'body not collected',
    expect: 'error',
    resource: gcp('network.subnet', names.subnetwork('g'), {}, { raw: {} }),
  },
];
