import type { CheckCase } from '../testing.js';
import { armId, az } from './testkit.js';

const NSG = 'Microsoft.Network/networkSecurityGroups';
const FLOW = 'Microsoft.Network/networkWatchers/flowLogs';
const ws = '/subscriptions/x/resourcegroups/logs/providers/microsoft.operationalinsights/workspaces/ws';
const flowLog = (name: string, target: string, enabled: boolean, analytics: boolean) =>
  az(
    'logging.flow-log',
    FLOW,
    `NetworkWatcher_eastus/${name}`,
    {
      properties: {
        targetResourceId: target,
        enabled,
        retentionPolicy: { enabled: true, days: 90 },
        flowAnalyticsConfiguration: {
          networkWatcherFlowAnalyticsConfiguration: { enabled: analytics, workspaceResourceId: ws },
        },
      },
    },
    { id: armId(FLOW, `NetworkWatcher_eastus/${name}`, 'networkwatcherrg') },
  );

export const cases: CheckCase[] = [
  {
    name: 'NSG flow log with traffic analytics',
    expect: 'pass',
    resource: az('network.security-group', NSG, 'nsg1', { properties: { securityRules: [] } }),
    inventory: [flowLog('fl1', armId(NSG, 'nsg1'), true, true)],
  },
  {
    name: 'VNet flow log covering the subnet the group protects',
    expect: 'pass',
    resource: az('network.security-group', NSG, 'nsg2', {
      properties: { subnets: [{ id: armId('Microsoft.Network/virtualNetworks/subnets', 'vnet1/app') }] },
    }),
    inventory: [flowLog('fl2', armId('Microsoft.Network/virtualNetworks', 'vnet1'), true, true)],
  },
  {
    name: 'flow log without traffic analytics',
    expect: 'fail',
    resource: az('network.security-group', NSG, 'nsg3', { properties: {} }),
    inventory: [flowLog('fl3', armId(NSG, 'nsg3'), true, false)],
    message: 'traffic analytics is off',
  },
  {
    name: 'no flow log for this group',
    expect: 'fail',
    resource: az('network.security-group', NSG, 'nsg4', { properties: {} }),
    inventory: [flowLog('fl4', armId(NSG, 'other'), true, true)],
  },
  {
    name: 'an application security group',
    expect: 'not_applicable',
    resource: az('network.security-group', 'Microsoft.Network/applicationSecurityGroups', 'asg'),
  },
  {
    name: 'no flow logs collected',
    expect: 'error',
    resource: az('network.security-group', NSG, 'nsg5', { properties: {} }),
  },
];
