import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';
const RULE = 'Microsoft.Sql/servers/firewallRules';

export const cases: CheckCase[] = [
  {
    name: 'office range only',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's1', { properties: { publicNetworkAccess: 'Enabled' } }),
    inventory: [
      az('network.firewall', RULE, 's1/office', {
        properties: { startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.255' },
      }),
    ],
  },
  {
    name: 'public access disabled',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's2', { properties: { publicNetworkAccess: 'Disabled' } }),
  },
  {
    name: 'rule for the whole internet',
    expect: 'fail',
    resource: az('database.instance', SERVER, 's3', { properties: { publicNetworkAccess: 'Enabled' } }),
    inventory: [
      az('network.firewall', RULE, 's3/all', {
        properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' },
      }),
    ],
  },
  {
    name: 'allow all Azure services',
    expect: 'fail',
    resource: az('database.instance', SERVER, 's4', {
      properties: {},
      resources: [
        {
          type: 'firewallRules',
          name: 'AllowAllWindowsAzureIps',
          properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' },
        },
      ],
    }),
    message: 'AllowAllWindowsAzureIps',
  },
  {
    name: 'normalized firewall CIDRs',
    expect: 'fail',
    resource: az(
      'database.instance',
      SERVER,
      's5',
      { properties: {} },
      { properties: { firewallCidrs: ['0.0.0.0/0'] } },
    ),
  },
  {
    name: 'a SQL database',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/servers/databases', 's1/db1'),
  },
  {
    name: 'rules not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 's6', { properties: { publicNetworkAccess: 'Enabled' } }),
    message: 'firewall rules were not collected',
  },
];
