import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-resource-manager',
  plans: ['Arm'],
  planTitle: 'Microsoft Defender for Resource Manager',
  title: 'Microsoft Defender for Resource Manager is on',
  rationale:
    'Defender for Resource Manager watches management operations for attacker tooling, suspicious permission ' +
    'changes and use of the control plane from unusual places.',
  remediation:
    'Turn on Microsoft Defender for Resource Manager (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05', 'LOG-01'],
  cis: ['2.1.12'],
  fix: { cli: 'az security pricing create --name Arm --tier Standard' },
});
