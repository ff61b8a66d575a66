import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const AKS = 'Microsoft.ContainerService/managedClusters';

export const cases: CheckCase[] = [
  {
    name: 'private',
    expect: 'pass',
    resource: az('compute.container-cluster', AKS, 'aks1', {
      properties: { apiServerAccessProfile: { enablePrivateCluster: true } },
    }),
  },
  {
    name: 'public with ranges',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks2', {
      properties: { apiServerAccessProfile: { authorizedIPRanges: ['203.0.113.0/24'] } },
    }),
  },
  {
    name: 'public (no profile)',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks3', { properties: { enableRBAC: true } }),
  },
  {
    name: 'normalized private',
    expect: 'pass',
    resource: az('compute.container-cluster', AKS, 'aks4', {}, { properties: { endpointPublic: false } }),
  },
  {
    name: 'an agent pool',
    expect: 'not_applicable',
    resource: az(
      'compute.container-cluster',
      'Microsoft.ContainerService/managedClusters/agentPools',
      'aks1/np',
    ),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('compute.container-cluster', AKS, 'aks5', {}, { raw: { type: AKS } }),
  },
];
