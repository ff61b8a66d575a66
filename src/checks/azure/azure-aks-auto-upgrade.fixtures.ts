import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const AKS = 'Microsoft.ContainerService/managedClusters';

export const cases: CheckCase[] = [
  {
    name: 'patch channel',
    expect: 'pass',
    resource: az('compute.container-cluster', AKS, 'aks1', {
      properties: { autoUpgradeProfile: { upgradeChannel: 'patch' } },
    }),
  },
  {
    name: 'channel none',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks2', {
      properties: { autoUpgradeProfile: { upgradeChannel: 'none' } },
    }),
  },
  {
    name: 'no profile',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks3', { properties: { kubernetesVersion: '1.29' } }),
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
    resource: az('compute.container-cluster', AKS, 'aks4', {}, { raw: { type: AKS } }),
  },
];
