import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-key-vault',
  plans: ['KeyVaults'],
  planTitle: 'Microsoft Defender for Key Vault',
  title: 'Microsoft Defender for Key Vault is on',
  rationale:
    'Defender for Key Vault alerts on unusual access to keys and secrets — access from suspicious addresses, by ' +
    'unusual identities or at unusual volume — which usually signals stolen credentials.',
  remediation:
    'Turn on Microsoft Defender for Key Vault (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05', 'KEY-03'],
  cis: ['2.1.10'],
  fix: { cli: 'az security pricing create --name KeyVaults --tier Standard' },
});
