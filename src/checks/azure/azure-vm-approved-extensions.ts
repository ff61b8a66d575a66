import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { ev, isType, T, vmExtensions } from './util.js';

type Params = {
  approvedPublishers: string[];
  approvedExtensions: string[];
};

export default defineCheck<'compute.instance', Params>({
  id: 'azure-vm-approved-extensions',
  title: 'Virtual machines run only approved extensions',
  rationale:
    'VM extensions run with SYSTEM or root privileges inside the guest and can be installed by anyone with write ' +
    'access to the VM resource. An unexpected extension can be a backdoor or an unvetted agent with full control.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['compute.instance'],
  controls: ['OS-02', 'CFG-03'],
  remediation:
    'Remove extensions that are not on the approved list, or add them to the list after review; enforce the list ' +
    'with the "Only approved VM extensions should be installed" Azure Policy.',
  fix: { cli: 'az vm extension delete --vm-name VM --resource-group RG --name EXTENSION' },
  references: { 'cis-azure-foundations': ['7.5'] },
  params: {
    approvedPublishers: {
      description: 'extension publishers whose extensions are all approved',
      default: [
        'Microsoft.Azure.Monitor',
        'Microsoft.Azure.Security',
        'Microsoft.Azure.AzureDefenderForServers',
        'Microsoft.Azure.Security.Monitoring',
        'Microsoft.EnterpriseCloud.Monitoring',
        'Microsoft.GuestConfiguration',
        'Microsoft.Azure.NetworkWatcher',
        'Microsoft.Azure.ActiveDirectory',
        'Microsoft.Azure.Diagnostics',
        'Microsoft.Azure.RecoveryServices',
        'Microsoft.ManagedIdentity',
        'Microsoft.CPlat.Core',
        'Microsoft.SoftwareUpdateManagement',
      ],
    },
    approvedExtensions: {
      description:
        'further approved extensions, as "Publisher.Type" (e.g. "Microsoft.Azure.Extensions.CustomScript")',
      default: [],
    },
  },
  evaluate(vm, { inventory, params }) {
    if (!isType(vm, T.vm)) return notApplicable('Not an Azure virtual machine.');
    const exts = vmExtensions(vm, inventory);
    if (!exts) throw new MissingData('extensions', 'the VM extensions were not collected');
    if (exts.length === 0) return notApplicable('No extensions are installed.');
    const publishers = new Set(params.approvedPublishers.map((p) => p.toLowerCase()));
    const full = new Set(params.approvedExtensions.map((p) => p.toLowerCase()));
    const unapproved = exts.filter(
      (e) =>
        !publishers.has(e.publisher.toLowerCase()) && !full.has(`${e.publisher}.${e.type}`.toLowerCase()),
    );
    const evidence = [
      ev(
        'extensions',
        exts.map((e) => `${e.publisher}.${e.type}`),
      ),
    ];
    return unapproved.length === 0
      ? pass(`All ${exts.length} extension(s) are approved.`, evidence)
      : fail(
          `Extensions not on the approved list: ${unapproved.map((e) => `${e.name} (${e.publisher}.${e.type})`).join(', ')}.`,
          evidence,
        );
  },
});
