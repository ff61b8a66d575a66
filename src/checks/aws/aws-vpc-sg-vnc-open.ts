import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 5900, to: 5903, protocols: ['tcp'] }];

/** No security group allows VNC (5900-5903) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-vnc-open',
  title: 'Security groups do not expose VNC (5900-5903) to the internet',
  rationale:
    'VNC often uses weak passwords and no encryption. Remote desktops must not be reachable from the internet.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Remove the rule allowing VNC (5900-5903) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 5900-5903 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'VNC (5900-5903)');
  },
});
