import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const VM = 'Microsoft.Compute/virtualMachines';
const ext = (name: string, publisher: string, type: string) => ({
  type: 'extensions',
  name,
  properties: { publisher, type, typeHandlerVersion: '1.0', autoUpgradeMinorVersion: true },
});
const vm = (name: string, resources: unknown[]) =>
  az('compute.instance', VM, name, { properties: {}, resources });

export const cases: CheckCase[] = [
  {
    name: 'monitoring and Defender agents',
    expect: 'pass',
    resource: vm('vm1', [
      ext('AzureMonitorLinuxAgent', 'Microsoft.Azure.Monitor', 'AzureMonitorLinuxAgent'),
      ext('MDE.Linux', 'Microsoft.Azure.AzureDefenderForServers', 'MDE.Linux'),
    ]),
  },
  {
    name: 'custom script not approved',
    expect: 'fail',
    resource: vm('vm2', [ext('CustomScript', 'Microsoft.Azure.Extensions', 'CustomScript')]),
    message: 'Microsoft.Azure.Extensions.CustomScript',
  },
  {
    name: 'custom script approved by parameter',
    expect: 'pass',
    params: { approvedExtensions: ['Microsoft.Azure.Extensions.CustomScript'] },
    resource: vm('vm3', [ext('CustomScript', 'Microsoft.Azure.Extensions', 'CustomScript')]),
  },
  {
    name: 'extension collected as its own resource',
    expect: 'fail',
    resource: az('compute.instance', VM, 'vm4', { properties: {} }),
    inventory: [
      az('compute.instance', 'Microsoft.Compute/virtualMachines/extensions', 'vm4/runner', {
        properties: { publisher: 'Contoso.Tools', type: 'Runner' },
      }),
    ],
  },
  { name: 'no extensions', expect: 'not_applicable', resource: vm('vm5', []) },
  {
    name: 'extensions not collected',
    expect: 'error',
    resource: az('compute.instance', VM, 'vm6', { properties: {} }),
  },
];
