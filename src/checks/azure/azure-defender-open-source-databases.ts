import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-open-source-databases',
  plans: ['OpenSourceRelationalDatabases'],
  planTitle: 'Microsoft Defender for open-source relational databases',
  title: 'Microsoft Defender for open-source relational databases is on',
  rationale:
    'This plan alerts on brute-force and anomalous access to Azure Database for PostgreSQL, MySQL and MariaDB, ' +
    'which otherwise have no threat detection.',
  remediation:
    'Turn on Microsoft Defender for open-source relational databases (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['2.1.6'],
  fix: { cli: 'az security pricing create --name OpenSourceRelationalDatabases --tier Standard' },
});
