import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-containers',
  plans: ['Containers'],
  planTitle: 'Microsoft Defender for Containers',
  title: 'Microsoft Defender for Containers is on',
  rationale:
    'Defender for Containers scans registry images for vulnerabilities and watches Kubernetes clusters for ' +
    'runtime threats and risky configuration.',
  remediation:
    'Turn on Microsoft Defender for Containers (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05', 'VUL-03'],
  cis: ['2.1.8'],
  fix: { cli: 'az security pricing create --name Containers --tier Standard' },
});
