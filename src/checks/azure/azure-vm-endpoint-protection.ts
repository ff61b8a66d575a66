import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { armValue, ev, isType, T, vmExtensions } from './util.js';

export default defineCheck<'compute.instance', { protectionExtensions: string[] }>({
  id: 'azure-vm-endpoint-protection',
  title: 'Virtual machines run endpoint protection',
  rationale:
    'Anti-malware and endpoint detection on each VM is what catches malicious binaries, ransomware and hands-on ' +
    'intrusions inside the guest, which the platform cannot see.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['compute.instance'],
  controls: ['OS-03'],
  remediation:
    'Enable Microsoft Defender for Servers (which deploys Defender for Endpoint), install the Microsoft ' +
    'Antimalware extension, or add the extension of the endpoint product in use to the parameter list.',
  fix: {
    cli: 'az vm extension set --vm-name VM --resource-group RG --name IaaSAntimalware --publisher Microsoft.Azure.Security',
  },
  references: { 'cis-azure-foundations': ['7.6'] },
  params: {
    protectionExtensions: {
      description: 'extensions ("Publisher.Type") that count as endpoint protection',
      default: [
        'Microsoft.Azure.Security.IaaSAntimalware',
        'Microsoft.Azure.AzureDefenderForServers.MDE.Windows',
        'Microsoft.Azure.AzureDefenderForServers.MDE.Linux',
      ],
    },
  },
  evaluate(vm, { inventory, params }) {
    if (!isType(vm, T.vm)) return notApplicable('Not an Azure virtual machine.');
    const power = armValue<string>(vm, 'properties.extended.instanceView.powerState.code');
    if (power?.toLowerCase() === 'powerstate/deallocated') return notApplicable('The VM is deallocated.');
    const exts = vmExtensions(vm, inventory);
    if (!exts) throw new MissingData('extensions', 'the VM extensions were not collected');
    const wanted = new Set(params.protectionExtensions.map((x) => x.toLowerCase()));
    const found = exts.find((e) => wanted.has(`${e.publisher}.${e.type}`.toLowerCase()));
    return found
      ? pass(`Endpoint protection installed: ${found.publisher}.${found.type}.`, [
          ev('extension', found.name),
        ])
      : fail('No endpoint protection extension is installed.', [
          ev(
            'extensions',
            exts.map((e) => `${e.publisher}.${e.type}`),
          ),
        ]);
  },
});
