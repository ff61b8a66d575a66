import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-sql-databases',
  plans: ['SqlServers'],
  planTitle: 'Microsoft Defender for Azure SQL Databases',
  title: 'Microsoft Defender for Azure SQL Databases is on',
  rationale:
    'Defender for Azure SQL Databases detects SQL injection, suspicious logins and unusual data extraction, and ' +
    'runs vulnerability assessments on every Azure SQL server in the subscription.',
  remediation:
    'Turn on Microsoft Defender for Azure SQL Databases (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05', 'VUL-01'],
  cis: ['2.1.4'],
  fix: { cli: 'az security pricing create --name SqlServers --tier Standard' },
});
