import { defenderSetting } from './factories.js';

export default defenderSetting({
  id: 'azure-defender-endpoint-integration',
  setting: 'WDATP',
  what: 'Microsoft Defender for Endpoint',
  title: 'Defender for Cloud is integrated with Microsoft Defender for Endpoint',
  rationale:
    'The integration deploys Defender for Endpoint to servers covered by Defender for Servers and brings its ' +
    'detections into Defender for Cloud, so endpoint alerts and cloud alerts are seen together.',
  remediation:
    'Turn on the Microsoft Defender for Endpoint integration in Defender for Cloud environment settings (Integrations).',
  severity: 'low',
  controls: ['OS-03', 'LOG-05'],
  cis: ['2.1.22'],
  fix: { cli: 'az security setting update --name WDATP --enabled true' },
});
