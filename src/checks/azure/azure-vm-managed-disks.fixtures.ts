import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const VM = 'Microsoft.Compute/virtualMachines';

export const cases: CheckCase[] = [
  {
    name: 'managed OS and data disks',
    expect: 'pass',
    resource: az('compute.instance', VM, 'vm1', {
      properties: {
        storageProfile: {
          osDisk: { name: 'vm1-os', managedDisk: { id: 'x', storageAccountType: 'Premium_LRS' } },
          dataDisks: [{ name: 'vm1-data', lun: 0, managedDisk: { id: 'y' } }],
        },
      },
    }),
  },
  {
    name: 'unmanaged OS disk',
    expect: 'fail',
    resource: az('compute.instance', VM, 'vm2', {
      properties: {
        storageProfile: {
          osDisk: { name: 'vm2-os', vhd: { uri: 'https://sa.blob.core.windows.net/vhds/vm2.vhd' } },
        },
      },
    }),
    message: 'vm2-os',
  },
  {
    name: 'a scale set',
    expect: 'not_applicable',
    resource: az('compute.instance', 'Microsoft.Compute/virtualMachineScaleSets', 'vmss1'),
  },
  {
    name: 'storage profile not collected',
    expect: 'error',
    resource: az('compute.instance', VM, 'vm3', { properties: {} }),
  },
];
