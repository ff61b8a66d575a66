import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const FLEX = 'Microsoft.DBforPostgreSQL/flexibleServers';
const SINGLE = 'Microsoft.DBforPostgreSQL/servers';
const rule = (name: string, start: string, end: string) => ({
  type: 'firewallRules',
  name,
  properties: { startIpAddress: start, endIpAddress: end },
});

export const cases: CheckCase[] = [
  {
    name: 'private access (VNet-integrated flexible server)',
    expect: 'pass',
    resource: az('database.instance', FLEX, 'pg1', {
      properties: { network: { publicNetworkAccess: 'Disabled', delegatedSubnetResourceId: 'x' } },
    }),
  },
  {
    name: 'specific client range',
    expect: 'pass',
    resource: az('database.instance', SINGLE, 'pg2', {
      properties: { publicNetworkAccess: 'Enabled' },
      resources: [rule('office', '198.51.100.0', '198.51.100.255')],
    }),
  },
  {
    name: 'allow all Azure services',
    expect: 'fail',
    resource: az('database.instance', FLEX, 'pg3', {
      properties: { network: { publicNetworkAccess: 'Enabled' } },
      resources: [rule('AllowAllAzureServicesAndResourcesWithinAzureIps_2024-1-1', '0.0.0.0', '0.0.0.0')],
    }),
  },
  {
    name: 'a MySQL server',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.DBforMySQL/servers', 'my1'),
  },
  {
    name: 'firewall rules not collected',
    expect: 'error',
    resource: az('database.instance', FLEX, 'pg4', {
      properties: { network: { publicNetworkAccess: 'Enabled' } },
    }),
  },
];
