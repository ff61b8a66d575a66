import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const VM = 'Microsoft.Compute/virtualMachines';

export const cases: CheckCase[] = [
  {
    name: 'keys only',
    expect: 'pass',
    resource: az('compute.instance', VM, 'vm1', {
      properties: {
        osProfile: {
          adminUsername: 'azureuser',
          linuxConfiguration: { disablePasswordAuthentication: true },
        },
      },
    }),
  },
  {
    name: 'password allowed',
    expect: 'fail',
    resource: az('compute.instance', VM, 'vm2', {
      properties: {
        osProfile: {
          adminUsername: 'azureuser',
          linuxConfiguration: { disablePasswordAuthentication: false },
        },
      },
    }),
  },
  {
    name: 'Windows VM',
    expect: 'not_applicable',
    resource: az('compute.instance', VM, 'vm3', {
      properties: { osProfile: { adminUsername: 'x', windowsConfiguration: { provisionVMAgent: true } } },
    }),
  },
  {
    name: 'OS profile not collected',
    expect: 'error',
    resource: az('compute.instance', VM, 'vm4', { properties: {} }),
  },
];
