import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-sql-machines',
  plans: ['SqlServerVirtualMachines'],
  planTitle: 'Microsoft Defender for SQL servers on machines',
  title: 'Microsoft Defender for SQL servers on machines is on',
  rationale:
    'SQL Server running on VMs is outside the Azure SQL service, so only this plan brings threat detection and ' +
    'vulnerability assessment to it.',
  remediation:
    'Turn on Microsoft Defender for SQL servers on machines (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05', 'VUL-01'],
  cis: ['2.1.5'],
  fix: { cli: 'az security pricing create --name SqlServerVirtualMachines --tier Standard' },
});
