import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const NSG = 'Microsoft.Network/networkSecurityGroups';
const rule = (name: string, p: Record<string, unknown>) => ({
  name,
  properties: {
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourcePortRange: '*',
    priority: 300,
    ...p,
  },
});

export const cases: CheckCase[] = [
  {
    name: 'only from a management range',
    expect: 'pass',
    resource: az('network.security-group', NSG, 'nsg1', {
      properties: {
        securityRules: [rule('mgmt', { sourceAddressPrefix: '10.20.0.0/24', destinationPortRange: '3389' })],
      },
    }),
  },
  {
    name: 'from Internet',
    expect: 'fail',
    resource: az('network.security-group', NSG, 'nsg2', {
      properties: {
        securityRules: [rule('open', { sourceAddressPrefix: 'Internet', destinationPortRange: '3389' })],
      },
    }),
  },
  {
    name: 'from any, inside a port range, protocol any',
    expect: 'fail',
    resource: az('network.security-group', NSG, 'nsg3', {
      properties: {
        securityRules: [
          rule('wide', {
            protocol: '*',
            sourceAddressPrefixes: ['0.0.0.0/0'],
            destinationPortRanges: ['1-65535'],
          }),
        ],
      },
    }),
  },
  {
    name: 'deny rule from Internet',
    expect: 'pass',
    resource: az('network.security-group', NSG, 'nsg4', {
      properties: {
        securityRules: [
          rule('deny', { access: 'Deny', sourceAddressPrefix: '*', destinationPortRange: '3389' }),
        ],
      },
    }),
  },
  {
    name: 'normalized rules',
    expect: 'fail',
    resource: az(
      'network.security-group',
      NSG,
      'nsg5',
      { properties: {} },
      {
        properties: {
          rules: [
            {
              direction: 'ingress',
              action: 'allow',
              protocol: 'tcp',
              ports: { from: 3389, to: 3389 },
              peers: ['service-tag:Internet'],
            },
          ],
        },
      },
    ),
  },
  {
    name: 'an application security group',
    expect: 'not_applicable',
    resource: az('network.security-group', 'Microsoft.Network/applicationSecurityGroups', 'asg1'),
  },
  {
    name: 'rules not collected',
    expect: 'error',
    resource: az('network.security-group', NSG, 'nsg6', { properties: {} }),
    message: 'securityRules',
  },
];
