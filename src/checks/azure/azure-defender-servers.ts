import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-servers',
  plans: ['VirtualMachines'],
  planTitle: 'Microsoft Defender for Servers',
  title: 'Microsoft Defender for Servers is on',
  rationale:
    'Defender for Servers brings endpoint detection and response, vulnerability assessment and just-in-time access ' +
    "to the subscription's machines; without it, threats inside VMs raise no alert in Defender for Cloud.",
  remediation:
    'Turn on Microsoft Defender for Servers (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['OS-03', 'LOG-05', 'VUL-01'],
  cis: ['2.1.1'],
  fix: { cli: 'az security pricing create --name VirtualMachines --tier Standard' },
});
