import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const AKS = 'Microsoft.ContainerService/managedClusters';

export const cases: CheckCase[] = [
  {
    name: 'Entra only',
    expect: 'pass',
    resource: az('compute.container-cluster', AKS, 'aks1', {
      properties: { aadProfile: { managed: true, enableAzureRBAC: true }, disableLocalAccounts: true },
    }),
  },
  {
    name: 'local accounts on',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks2', {
      properties: { aadProfile: { managed: true }, disableLocalAccounts: false },
    }),
  },
  {
    name: 'no Entra integration',
    expect: 'fail',
    resource: az('compute.container-cluster', AKS, 'aks3', { properties: { enableRBAC: true } }),
  },
  {
    name: 'a container app environment',
    expect: 'not_applicable',
    resource: az('compute.container-cluster', 'Microsoft.App/managedEnvironments', 'env1'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('compute.container-cluster', AKS, 'aks4', {}, { raw: { type: AKS } }),
  },
];
