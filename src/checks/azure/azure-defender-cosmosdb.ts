import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-cosmosdb',
  plans: ['CosmosDbs'],
  planTitle: 'Microsoft Defender for Azure Cosmos DB',
  title: 'Microsoft Defender for Azure Cosmos DB is on',
  rationale:
    'This plan detects SQL injection, suspicious access patterns and key misuse against Cosmos DB accounts.',
  remediation:
    'Turn on Microsoft Defender for Azure Cosmos DB (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['2.1.9'],
  fix: { cli: 'az security pricing create --name CosmosDbs --tier Standard' },
});
