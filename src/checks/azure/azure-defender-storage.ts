import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-storage',
  plans: ['StorageAccounts'],
  planTitle: 'Microsoft Defender for Storage',
  title: 'Microsoft Defender for Storage is on',
  rationale:
    'Defender for Storage detects unusual access, data exfiltration and malware uploads in storage accounts — the ' +
    'most common place for sensitive data to leak from.',
  remediation:
    'Turn on Microsoft Defender for Storage (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05', 'DATA-03'],
  cis: ['2.1.7'],
  fix: { cli: 'az security pricing create --name StorageAccounts --tier Standard' },
});
