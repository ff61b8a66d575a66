import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const cluster = (n: string, body: Record<string, unknown>) =>
  gcp('compute.container-cluster', names.cluster(n), {
    name: n,
    currentMasterVersion: '1.30.5-gke.1',
    ...body,
  });

export const cases: CheckCase[] = [
  {
    name: 'compliant',
    expect: 'pass',
    resource: cluster('a', { networkConfig: { datapathProvider: 'ADVANCED_DATAPATH' } }),
  },
  {
    name: 'non-compliant',
    expect: 'fail',
    resource: cluster('b', {
      networkConfig: { datapathProvider: 'LEGACY_DATAPATH' },
      networkPolicy: { enabled: false },
    }),
  },
  {
    name: 'Calico',
    expect: 'pass',
    resource: cluster('c', { networkPolicy: { provider: 'CALICO', enabled: true } }),
  },
  { name: 'Autopilot', expect: 'pass', resource: cluster('d', { autopilot: { enabled: true } }) },
  {
    name: 'a node pool',
    expect: 'not_applicable',
    resource: gcp('compute.container-cluster', `${names.cluster('a')}/nodePools/default-pool`, {}),
  },
  {
    name: 'cluster not collected',
    expect: 'error',
    resource: gcp('compute.container-cluster', names.cluster('x'), {}, { raw: {} }),
  },
];
