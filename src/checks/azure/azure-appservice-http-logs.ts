import { defineCheck, fail, notApplicable, pass } from '../define.js';
import {
  DIAGNOSTIC_SETTINGS,
  ev,
  hasDestination,
  isFunctionApp,
  isSite,
  logsCategory,
  needChildren,
  nodeOf,
} from './util.js';

export default defineCheck({
  id: 'azure-appservice-http-logs',
  title: 'App Service apps keep HTTP request logs',
  rationale:
    'HTTP logs record every request to the app — client address, path, status — which is what reveals scanning, ' +
    'credential stuffing and exploitation attempts, and what an investigation starts from.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['compute.container-service', 'compute.function'],
  controls: ['LOG-02'],
  remediation:
    'Add a diagnostic setting on the app that sends the AppServiceHTTPLogs category to a Log Analytics workspace or storage account.',
  fix: {
    cli: 'az monitor diagnostic-settings create --name http-logs --resource APP_ID --workspace WORKSPACE_ID --logs \'[{"category":"AppServiceHTTPLogs","enabled":true}]\'',
  },
  references: { 'cis-azure-foundations': ['5.1.7'] },
  evaluate(site, { inventory }) {
    if (!isSite(site)) return notApplicable('Not an App Service app.');
    if (isFunctionApp(site)) return notApplicable('Function apps do not produce AppServiceHTTPLogs.');
    const settings = needChildren(nodeOf(site), inventory, DIAGNOSTIC_SETTINGS, 'diagnostic settings');
    const good = settings.find((s) => hasDestination(s) && logsCategory(s, 'AppServiceHTTPLogs'));
    return good
      ? pass(`Diagnostic setting "${good.name}" keeps the HTTP logs.`, [ev('diagnosticSetting', good.name)])
      : fail("No diagnostic setting keeps the app's HTTP logs.", [
          ev(
            'diagnosticSettings',
            settings.map((s) => s.name),
          ),
        ]);
  },
});
