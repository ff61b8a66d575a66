import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const VNET = 'Microsoft.Network/virtualNetworks';
const WATCHER = 'Microsoft.Network/networkWatchers';
const watcher = (region: string, state = 'Succeeded') =>
  az('monitoring.config', WATCHER, `NetworkWatcher_${region}`, {
    location: region,
    properties: { provisioningState: state },
  });

export const cases: CheckCase[] = [
  {
    name: 'watcher in the region',
    expect: 'pass',
    resource: az('network.vpc', VNET, 'vnet1', { location: 'East US', properties: {} }),
    inventory: [watcher('eastus')],
  },
  {
    name: 'no watcher in the region',
    expect: 'fail',
    resource: az('network.vpc', VNET, 'vnet2', { location: 'westeurope', properties: {} }),
    inventory: [watcher('eastus')],
  },
  {
    name: 'watcher failed',
    expect: 'fail',
    resource: az('network.vpc', VNET, 'vnet3', { properties: {} }),
    inventory: [watcher('eastus', 'Failed')],
  },
  {
    name: 'a subnet',
    expect: 'not_applicable',
    resource: az('network.vpc', 'Microsoft.Network/virtualNetworks/subnets', 'vnet1/app'),
  },
  {
    name: 'no watchers collected',
    expect: 'error',
    resource: az('network.vpc', VNET, 'vnet4', { properties: {} }),
  },
];
