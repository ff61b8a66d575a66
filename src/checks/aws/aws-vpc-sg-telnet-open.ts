import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 23, to: 23, protocols: ['tcp'] }];

/** No security group allows Telnet (23) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-telnet-open',
  title: 'Security groups do not expose Telnet (23) to the internet',
  rationale:
    'Telnet sends credentials in clear text and its daemons are rarely patched. It should not be reachable at all, let alone from the internet.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'EIT-02'],
  remediation:
    'Remove the rule allowing Telnet (23) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 23 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Telnet (23)');
  },
});
