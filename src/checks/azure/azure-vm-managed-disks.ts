import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, armValue, ev, isObj, isType, T } from './util.js';

export default defineCheck({
  id: 'azure-vm-managed-disks',
  title: 'Virtual machines use managed disks',
  rationale:
    'Unmanaged disks are VHD files in a storage account the customer runs: the account keys, network rules and ' +
    "encryption settings all become the disk's security. Managed disks are always encrypted at rest, can use " +
    'customer-managed keys and are not reachable through storage account keys.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.instance'],
  controls: ['EAR-01', 'DATA-03'],
  remediation: "Convert the VM's disks to managed disks (deallocate the VM, then convert).",
  fix: {
    cli: 'az vm deallocate --name VM --resource-group RG && az vm convert --name VM --resource-group RG',
  },
  references: { 'cis-azure-foundations': ['7.2'] },
  evaluate(vm) {
    if (!isType(vm, T.vm)) return notApplicable('Not an Azure virtual machine.');
    const os = armNeed<Record<string, unknown>>(vm, 'properties.storageProfile.osDisk');
    const data = armValue<unknown[]>(vm, 'properties.storageProfile.dataDisks') ?? [];
    const unmanaged = [os, ...data]
      .filter(isObj)
      .filter((d) => !isObj(d.managedDisk) && isObj(d.vhd))
      .map((d) => String(d.name ?? 'disk'));
    return unmanaged.length === 0
      ? pass('All disks are managed disks.', [
          ev('storageProfile.osDisk.managedDisk', os.managedDisk ?? null),
        ])
      : fail(`Unmanaged (VHD) disks: ${unmanaged.join(', ')}.`, [ev('unmanagedDisks', unmanaged)]);
  },
});
