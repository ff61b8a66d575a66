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
    resource: cluster('a', {
      masterAuthorizedNetworksConfig: {
        enabled: true,
        cidrBlocks: [{ displayName: 'office', cidrBlock: '203.0.113.0/24' }],
      },
    }),
  },
  {
    name: 'non-compliant',
    expect: 'fail',
    resource: cluster('b', { masterAuthorizedNetworksConfig: { enabled: false } }),
  },
  {
    name: 'private endpoint only',
    expect: 'pass',
    resource: cluster('c', {
      privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true },
    }),
  },
  {
    name: 'authorized networks include 0.0.0.0/0',
    expect: 'fail',
    resource: cluster('d', {
      masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '0.0.0.0/0' }] },
    }),
  },
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
