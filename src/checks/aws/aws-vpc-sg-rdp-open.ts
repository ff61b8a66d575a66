import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 3389, to: 3389, protocols: ['tcp', 'udp'] }];

/** No security group allows RDP (3389) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-rdp-open',
  title: 'Security groups do not expose RDP (3389) to the internet',
  rationale:
    'RDP exposed to the internet is one of the most common ransomware entry points. Reach Windows hosts through a VPN, bastion or Fleet Manager instead.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Remove the rule allowing RDP (3389) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 3389 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'RDP (3389)');
  },
});
