import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 137, to: 139, protocols: ['tcp', 'udp'] }];

/** No security group allows NetBIOS (137-139) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-netbios-open',
  title: 'Security groups do not expose NetBIOS (137-139) to the internet',
  rationale:
    'NetBIOS leaks host and user information and carries legacy file sharing. It has no business on the internet.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02'],
  remediation:
    'Remove the rule allowing NetBIOS (137-139) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 137-139 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'NetBIOS (137-139)');
  },
});
