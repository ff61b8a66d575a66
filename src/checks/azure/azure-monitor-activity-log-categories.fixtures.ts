import type { CheckCase } from '../testing.js';
import { diagnosticSetting, SUB_ID, subscription } from './testkit.js';

const ws = '/subscriptions/x/resourcegroups/logs/providers/microsoft.operationalinsights/workspaces/ws';
const all = [
  'Administrative',
  'Security',
  'ServiceHealth',
  'Alert',
  'Recommendation',
  'Policy',
  'Autoscale',
  'ResourceHealth',
].map((category) => ({ category, enabled: true }));

export const cases: CheckCase[] = [
  {
    name: 'all categories to a workspace',
    expect: 'pass',
    resource: subscription(),
    inventory: [diagnosticSetting(SUB_ID, 'activity', { workspaceId: ws, logs: all })],
  },
  {
    name: 'nested in a subscription-scope template',
    expect: 'pass',
    resource: subscription({
      resources: [
        {
          type: 'Microsoft.Insights/diagnosticSettings',
          name: 'activity',
          properties: { storageAccountId: 'sa', logs: all },
        },
      ],
    }),
  },
  {
    name: 'Policy and Alert missing',
    expect: 'fail',
    resource: subscription(),
    inventory: [
      diagnosticSetting(SUB_ID, 'partial', {
        workspaceId: ws,
        logs: [
          { category: 'Administrative', enabled: true },
          { category: 'Security', enabled: true },
        ],
      }),
    ],
  },
  { name: 'activity log not exported', expect: 'not_applicable', resource: subscription({ resources: [] }) },
  { name: 'diagnostic settings not collected', expect: 'error', resource: subscription() },
];
