import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-databases',
  plans: ['SqlServers', 'SqlServerVirtualMachines', 'OpenSourceRelationalDatabases', 'CosmosDbs'],
  planTitle: 'Microsoft Defender for Databases',
  title: 'All Microsoft Defender for Databases plans are on',
  rationale:
    'The Databases bundle covers Azure SQL, SQL Server on machines, open-source relational databases and Cosmos DB. ' +
    'Any plan left off leaves those databases without injection, brute-force and anomalous-access alerts.',
  remediation:
    'Turn on Microsoft Defender for Databases (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05', 'DATA-03'],
  cis: ['2.1.3'],
  fix: { cli: 'az security pricing create --name SqlServers --tier Standard' },
});
