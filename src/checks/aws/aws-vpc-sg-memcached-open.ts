import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 11211, to: 11211, protocols: ['tcp', 'udp'] }];

/** No security group allows Memcached (11211) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-memcached-open',
  title: 'Security groups do not expose Memcached (11211) to the internet',
  rationale: 'Memcached has no authentication and, over UDP, is abused to amplify denial-of-service attacks.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-04'],
  remediation:
    'Remove the rule allowing Memcached (11211) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 11211 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Memcached (11211)');
  },
});
