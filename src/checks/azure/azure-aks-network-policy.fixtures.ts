import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const AKS = 'Microsoft.ContainerService/managedClusters';

export const cases: CheckCase[] = [
  {
    name: 'Cilium',
    expect: 'pass',
    resource: az('compute.container-cluster', AKS, 'aks1', {
      properties: { networkProfile: { networkPlugin: 'azure', networkPolicy: 'cilium' } },
    }),
  },
  {
    name: 'none',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks2', {
      properties: { networkProfile: { networkPlugin: 'kubenet' } },
    }),
  },
  {
    name: 'normalized',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks3', {}, { properties: { networkPolicy: false } }),
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
    resource: az('compute.container-cluster', AKS, 'aks4', { properties: {} }),
  },
];
