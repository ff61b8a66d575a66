import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [
  { from: 389, to: 389, protocols: ['tcp', 'udp'] },
  { from: 636, to: 636, protocols: ['tcp'] },
];

/** No security group allows LDAP (389, 636) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-ldap-open',
  title: 'Security groups do not expose LDAP (389, 636) to the internet',
  rationale:
    'Directory services expose user data and accept authentication attempts; over UDP, LDAP is also used for amplification attacks.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'IAM-05'],
  remediation:
    'Remove the rule allowing LDAP (389, 636) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 389 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'LDAP (389, 636)');
  },
});
