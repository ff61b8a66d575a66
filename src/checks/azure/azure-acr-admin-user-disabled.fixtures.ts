import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const ACR = 'Microsoft.ContainerRegistry/registries';

export const cases: CheckCase[] = [
  {
    name: 'admin disabled',
    expect: 'pass',
    resource: az('container.registry', ACR, 'acr1', { properties: { adminUserEnabled: false } }),
  },
  {
    name: 'admin omitted (default off)',
    expect: 'pass',
    resource: az('container.registry', ACR, 'acr2', { properties: { publicNetworkAccess: 'Enabled' } }),
  },
  {
    name: 'admin enabled',
    expect: 'fail',
    resource: az('container.registry', ACR, 'acr3', { properties: { adminUserEnabled: true } }),
  },
  {
    name: 'a replication',
    expect: 'not_applicable',
    resource: az('container.registry', 'Microsoft.ContainerRegistry/registries/replications', 'acr1/westus'),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('container.registry', ACR, 'acr4', {}, { raw: { type: ACR } }),
  },
];
