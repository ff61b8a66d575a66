import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const AKS = 'Microsoft.ContainerService/managedClusters';

export const cases: CheckCase[] = [
  {
    name: 'RBAC on',
    expect: 'pass',
    resource: az('compute.container-cluster', AKS, 'aks1', { properties: { enableRBAC: true } }),
  },
  {
    name: 'RBAC off',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks2', { properties: { enableRBAC: false } }),
  },
  {
    name: 'normalized',
    expect: 'pass',
    resource: az(
      'compute.container-cluster',
      AKS,
      'aks3',
      { properties: {} },
      { properties: { rbac: true } },
    ),
  },
  {
    name: 'an agent pool',
    expect: 'not_applicable',
    resource: az(
      'compute.container-cluster',
      'Microsoft.ContainerService/managedClusters/agentPools',
      'aks1/np1',
    ),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('compute.container-cluster', AKS, 'aks4', { properties: {} }),
  },
];
