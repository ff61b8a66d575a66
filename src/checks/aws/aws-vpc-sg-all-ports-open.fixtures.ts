import type { CheckCase } from '../testing.js';
import { aws, ingress, securityGroup } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'web ports only',
    expect: 'pass',
    resource: securityGroup([ingress('tcp', 443, 443, ['0.0.0.0/0']), ingress('tcp', 80, 80, ['::/0'])]),
  },
  {
    name: 'all traffic inside the VPC',
    expect: 'pass',
    resource: securityGroup([ingress('-1', 0, 65535, ['10.0.0.0/16'])]),
  },
  {
    name: 'protocol -1 from anywhere',
    expect: 'fail',
    resource: securityGroup([ingress('-1', 0, 65535, ['0.0.0.0/0'])]),
  },
  {
    name: 'TCP 0-65535 from ::/0',
    expect: 'fail',
    resource: securityGroup([ingress('tcp', 0, 65535, ['::/0'])]),
  },
  {
    name: 'unused',
    expect: 'not_applicable',
    resource: securityGroup([ingress('-1', 0, 65535, ['0.0.0.0/0'])], { attachedTo: [] }),
  },
  {
    name: 'rules unknown',
    expect: 'error',
    resource: aws('network.security-group', { attachedTo: ['eni-1'] }),
  },
];
