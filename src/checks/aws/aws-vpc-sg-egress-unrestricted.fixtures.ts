import type { CheckCase } from '../testing.js';
import { aws, egress, ingress, securityGroup } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'HTTPS out only',
    expect: 'pass',
    resource: securityGroup([
      ingress('tcp', 443, 443, ['10.0.0.0/8']),
      egress('tcp', 443, 443, ['0.0.0.0/0']),
    ]),
  },
  {
    name: 'all out inside the VPC',
    expect: 'pass',
    resource: securityGroup([egress('-1', 0, 65535, ['10.0.0.0/16'])]),
  },
  {
    name: 'default allow-all egress',
    expect: 'fail',
    resource: securityGroup([egress('-1', 0, 65535, ['0.0.0.0/0'])]),
  },
  {
    name: 'accepted exception',
    expect: 'not_applicable',
    resource: securityGroup(
      [egress('-1', 0, 65535, ['0.0.0.0/0'])],
      {},
      { tags: { 'egress-approved': 'true' } },
    ),
  },
  {
    name: 'unused',
    expect: 'not_applicable',
    resource: securityGroup([egress('-1', 0, 65535, ['0.0.0.0/0'])], { attachedTo: [] }),
  },
  {
    name: 'rules unknown',
    expect: 'error',
    resource: aws('network.security-group', { attachedTo: ['i-1'] }),
  },
];
