/** Fixture cases shared by the "port open to the world" security group checks. */
import type { CheckCase } from '../testing.js';
import { aws, ingress, securityGroup } from './fixture-kit.js';

export function portCases(port: number, protocol: 'tcp' | 'udp' = 'tcp'): CheckCase[] {
  return [
    {
      name: `port ${port} from a private range`,
      expect: 'pass',
      resource: securityGroup([ingress(protocol, port, port, ['10.0.0.0/8'])]),
    },
    {
      name: 'other ports open to the world',
      expect: 'pass',
      resource: securityGroup([ingress('tcp', 443, 443, ['0.0.0.0/0'])]),
    },
    {
      name: `port ${port} from 0.0.0.0/0`,
      expect: 'fail',
      resource: securityGroup([ingress(protocol, port, port, ['0.0.0.0/0'])]),
    },
    {
      name: `port ${port} from ::/0`,
      expect: 'fail',
      resource: securityGroup([ingress(protocol, port, port, ['::/0'])]),
    },
    {
      name: 'a range covering the port',
      expect: 'fail',
      resource: securityGroup([ingress(protocol, Math.max(0, port - 5), port + 5, ['0.0.0.0/0'])]),
    },
    {
      name: 'all traffic from anywhere',
      expect: 'fail',
      resource: securityGroup([ingress('-1', 0, 65535, ['0.0.0.0/0'])]),
    },
    {
      name: 'attached to nothing',
      expect: 'not_applicable',
      resource: securityGroup([ingress(protocol, port, port, ['0.0.0.0/0'])], { attachedTo: [] }),
    },
    {
      name: 'rules not collected',
      expect: 'error',
      resource: aws(
        'network.security-group',
        { attachedTo: ['eni-1'] },
        { unknown: [{ path: 'rules', reason: 'DescribeSecurityGroupRules denied' }] },
      ),
      message: 'denied',
    },
  ];
}
