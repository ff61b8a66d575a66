import type { CheckCase } from '../testing.js';
import { aws, ingress, securityGroup } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'SSH from the office range',
    expect: 'pass',
    resource: securityGroup([ingress('tcp', 22, 22, ['203.0.113.0/24'])]),
  },
  {
    name: 'SSH from the other address family only',
    expect: 'pass',
    resource: securityGroup([ingress('tcp', 22, 22, ['::/0'])]),
  },
  {
    name: 'HTTPS from anywhere',
    expect: 'pass',
    resource: securityGroup([ingress('tcp', 443, 443, ['0.0.0.0/0'])]),
  },
  {
    name: 'SSH from 0.0.0.0/0',
    expect: 'fail',
    resource: securityGroup([ingress('tcp', 22, 22, ['0.0.0.0/0'])]),
  },
  {
    name: 'RDP over UDP from 0.0.0.0/0',
    expect: 'fail',
    resource: securityGroup([ingress('udp', 3389, 3389, ['0.0.0.0/0'])]),
  },
  {
    name: 'all protocols from 0.0.0.0/0',
    expect: 'fail',
    resource: securityGroup([ingress('all', 0, 65535, ['0.0.0.0/0'])]),
  },
  {
    name: 'unused group',
    expect: 'not_applicable',
    resource: securityGroup([ingress('tcp', 22, 22, ['0.0.0.0/0'])], { attachedTo: [] }),
  },
  {
    name: 'rules unknown',
    expect: 'error',
    resource: aws('network.security-group', { attachedTo: ['eni-1'] }),
  },
];
