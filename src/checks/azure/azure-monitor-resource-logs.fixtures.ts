import type { CheckCase } from '../testing.js';
import { armId, az, diagnosticSetting } from './testkit.js';

const APPGW = 'Microsoft.Network/applicationGateways';
const ws = '/subscriptions/x/resourcegroups/logs/providers/microsoft.operationalinsights/workspaces/ws';

export const cases: CheckCase[] = [
  {
    name: 'application gateway logs to a workspace',
    expect: 'pass',
    resource: az('network.waf', APPGW, 'agw1', { properties: {} }),
    inventory: [
      diagnosticSetting(armId(APPGW, 'agw1'), 'all', {
        workspaceId: ws,
        logs: [{ categoryGroup: 'allLogs', enabled: true }],
      }),
    ],
  },
  {
    name: 'metrics only',
    expect: 'fail',
    resource: az('network.firewall', 'Microsoft.Network/azureFirewalls', 'fw1', { properties: {} }),
    inventory: [
      diagnosticSetting(armId('Microsoft.Network/azureFirewalls', 'fw1'), 'metrics', {
        workspaceId: ws,
        logs: [],
        metrics: [{ category: 'AllMetrics', enabled: true }],
      }),
    ],
  },
  {
    name: 'no settings (template declares none)',
    expect: 'fail',
    resource: az('messaging.stream', 'Microsoft.EventHub/namespaces', 'eh1', {
      properties: {},
      resources: [],
    }),
  },
  {
    name: 'a type without resource logs here',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/servers', 's1', { properties: {} }),
  },
  {
    name: 'settings not collected',
    expect: 'error',
    resource: az('database.cache', 'Microsoft.Cache/redis', 'r1', { properties: {} }),
  },
];
