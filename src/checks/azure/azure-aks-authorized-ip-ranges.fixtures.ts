import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const AKS = 'Microsoft.ContainerService/managedClusters';

export const cases: CheckCase[] = [
  {
    name: 'office range',
    expect: 'pass',
    resource: az('compute.container-cluster', AKS, 'aks1', {
      properties: { apiServerAccessProfile: { authorizedIPRanges: ['203.0.113.0/24'] } },
    }),
  },
  {
    name: 'no ranges',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks2', {
      properties: { apiServerAccessProfile: { authorizedIPRanges: [] } },
    }),
  },
  {
    name: 'anywhere',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks3', {
      properties: { apiServerAccessProfile: { authorizedIPRanges: ['0.0.0.0/0'] } },
    }),
  },
  {
    name: 'private cluster',
    expect: 'not_applicable',
    resource: az('compute.container-cluster', AKS, 'aks4', {
      properties: { apiServerAccessProfile: { enablePrivateCluster: true } },
    }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('compute.container-cluster', AKS, 'aks5', {}, { raw: { type: AKS } }),
  },
];
