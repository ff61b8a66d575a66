import type { CheckCase } from '../testing.js';
import { armId, az, diagnosticSetting } from './testkit.js';

const SITE = 'Microsoft.Web/sites';
const ws = '/subscriptions/x/resourcegroups/logs/providers/microsoft.operationalinsights/workspaces/ws';

export const cases: CheckCase[] = [
  {
    name: 'HTTP logs to a workspace',
    expect: 'pass',
    resource: az('compute.container-service', SITE, 'app1', { kind: 'app', properties: {} }),
    inventory: [
      diagnosticSetting(armId(SITE, 'app1'), 'http', {
        workspaceId: ws,
        logs: [{ category: 'AppServiceHTTPLogs', enabled: true }],
      }),
    ],
  },
  {
    name: 'console logs only',
    expect: 'fail',
    resource: az('compute.container-service', SITE, 'app2', { kind: 'app', properties: {} }),
    inventory: [
      diagnosticSetting(armId(SITE, 'app2'), 'console', {
        workspaceId: ws,
        logs: [{ category: 'AppServiceConsoleLogs', enabled: true }],
      }),
    ],
  },
  {
    name: 'function app',
    expect: 'not_applicable',
    resource: az('compute.function', SITE, 'fn1', { kind: 'functionapp', properties: {} }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('compute.container-service', SITE, 'app3', { kind: 'app', properties: {} }),
  },
];
