import type { CheckCase } from '../testing.js';
import { az, SUB_ID, subscription } from './testkit.js';

const ALERT = 'Microsoft.Insights/activityLogAlerts';
const alert = (
  name: string,
  operation: string,
  opts: { enabled?: boolean; actionGroups?: number; scope?: string } = {},
) =>
  az('monitoring.alarm', ALERT, name, {
    location: 'Global',
    properties: {
      scopes: [opts.scope ?? SUB_ID],
      enabled: opts.enabled ?? true,
      condition: {
        allOf: [
          { field: 'category', equals: 'Administrative' },
          { field: 'operationName', equals: operation },
        ],
      },
      actions: {
        actionGroups: Array.from({ length: opts.actionGroups ?? 1 }, (_, i) => ({
          actionGroupId: `ag-${i}`,
        })),
      },
    },
  });

export const cases: CheckCase[] = [
  {
    name: 'enabled alert with an action group',
    expect: 'pass',
    resource: subscription(),
    inventory: [alert('watch', 'Microsoft.Sql/servers/firewallRules/write')],
  },
  {
    name: 'operation listed among several (anyOf)',
    expect: 'pass',
    resource: subscription(),
    inventory: [
      az('monitoring.alarm', ALERT, 'combined', {
        properties: {
          scopes: [SUB_ID],
          condition: {
            allOf: [
              {
                anyOf: [
                  { field: 'operationName', equals: 'Other/op/write' },
                  { field: 'operationName', equals: 'microsoft.sql/servers/firewallrules/write' },
                ],
              },
            ],
          },
          actions: { actionGroups: [{ actionGroupId: 'ag' }] },
        },
      }),
    ],
  },
  {
    name: 'alert disabled',
    expect: 'fail',
    resource: subscription(),
    inventory: [alert('off', 'Microsoft.Sql/servers/firewallRules/write', { enabled: false })],
  },
  {
    name: 'alert notifies nobody',
    expect: 'fail',
    resource: subscription(),
    inventory: [alert('silent', 'Microsoft.Sql/servers/firewallRules/write', { actionGroups: 0 })],
  },
  {
    name: 'only alerts on other operations',
    expect: 'fail',
    resource: subscription(),
    inventory: [alert('other', 'Microsoft.Compute/virtualMachines/delete')],
  },
  {
    name: 'alert scoped to a resource group only',
    expect: 'fail',
    resource: subscription(),
    inventory: [
      alert('rg', 'Microsoft.Sql/servers/firewallRules/write', { scope: `${SUB_ID}/resourcegroups/rg-1` }),
    ],
  },
  {
    name: 'a resource group',
    expect: 'not_applicable',
    resource: subscription({}, { id: `${SUB_ID}/resourcegroups/rg-1` }),
  },
  { name: 'no alerts collected', expect: 'error', resource: subscription(), message: 'activity log alerts' },
];
