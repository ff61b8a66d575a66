import { defenderPlan } from './factories.js';

export default defenderPlan({
  id: 'azure-defender-app-service',
  plans: ['AppServices'],
  planTitle: 'Microsoft Defender for App Service',
  title: 'Microsoft Defender for App Service is on',
  rationale:
    'Defender for App Service watches requests to and processes in App Service apps for attacks such as web ' +
    'shells, dangling DNS and exploitation of the app, which platform logs alone do not flag.',
  remediation:
    'Turn on Microsoft Defender for App Service (Standard tier) in Microsoft Defender for Cloud for the subscription.',
  severity: 'medium',
  controls: ['LOG-05'],
  cis: ['2.1.2'],
  fix: { cli: 'az security pricing create --name AppServices --tier Standard' },
});
