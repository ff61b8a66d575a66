import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const NSG = 'Microsoft.Network/networkSecurityGroups';
const rule = (name: string, p: Record<string, unknown>) => ({
  name,
  properties: { direction: 'Inbound', access: 'Allow', protocol: 'Tcp', priority: 200, ...p },
});

export const cases: CheckCase[] = [
  {
    name: 'HTTPS from Front Door only',
    expect: 'pass',
    resource: az('network.security-group', NSG, 'nsg1', {
      properties: {
        securityRules: [
          rule('fd', { sourceAddressPrefix: 'AzureFrontDoor.Backend', destinationPortRange: '443' }),
        ],
      },
    }),
  },
  {
    name: 'HTTPS from Internet',
    expect: 'fail',
    resource: az('network.security-group', NSG, 'nsg2', {
      properties: {
        securityRules: [
          rule('web', { sourceAddressPrefix: 'Internet', destinationPortRanges: ['80', '443'] }),
        ],
      },
    }),
  },
  {
    name: 'approved web tier',
    expect: 'not_applicable',
    resource: az(
      'network.security-group',
      NSG,
      'nsg3',
      {
        properties: {
          securityRules: [rule('web', { sourceAddressPrefix: '*', destinationPortRange: '443' })],
        },
      },
      { tags: { 'web-facing': 'true' } },
    ),
  },
  {
    name: 'rules not collected',
    expect: 'error',
    resource: az('network.security-group', NSG, 'nsg4', { properties: {} }),
  },
];
