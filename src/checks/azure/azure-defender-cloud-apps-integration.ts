import { defenderSetting } from './factories.js';

export default defenderSetting({
  id: 'azure-defender-cloud-apps-integration',
  setting: 'MCAS',
  what: 'Microsoft Defender for Cloud Apps',
  title: 'Defender for Cloud is integrated with Microsoft Defender for Cloud Apps',
  rationale:
    'The integration shares Azure activity with Defender for Cloud Apps, which detects anomalous use of the ' +
    'cloud estate (impossible travel, mass deletion, unusual administrative activity) across services.',
  remediation:
    'Turn on the Microsoft Defender for Cloud Apps integration in Defender for Cloud environment settings (Integrations).',
  severity: 'low',
  controls: ['LOG-05'],
  cis: ['2.1.21'],
  fix: { cli: 'az security setting update --name MCAS --enabled true' },
});
