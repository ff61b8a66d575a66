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
    name: 'a setting without a destination',
    expect: 'fail',
    resource: subscription(),
    inventory: [
      diagnosticSetting(SUB_ID, 'partial', { logs: [{ category: 'Administrative', enabled: true }] }),
    ],
  },
  {
    name: 'a resource group',
    expect: 'not_applicable',
    resource: subscription({}, { id: `${SUB_ID}/resourcegroups/rg-1` }),
  },
  { name: 'diagnostic settings not collected', expect: 'error', resource: subscription() },
];
cases.push({
  name: 'no setting at all (template declares none)',
  expect: 'fail',
  resource: subscription({ resources: [] }),
});
