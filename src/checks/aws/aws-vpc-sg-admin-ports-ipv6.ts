import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

/** Remote server administration ports: SSH and RDP, over TCP, UDP or all protocols. */
const ADMIN: PortSpec[] = [
  { from: 22, to: 22, protocols: ['tcp', 'udp'] },
  { from: 3389, to: 3389, protocols: ['tcp', 'udp'] },
];

/** CIS AWS 5.3: no security group allows ingress from ::/0 to remote administration ports. */
export default defineCheck({
  id: 'aws-vpc-sg-admin-ports-ipv6',
  title: 'Security groups allow no IPv6 ingress from ::/0 to SSH or RDP',
  rationale:
    'SSH and RDP reachable from the whole IPv6 internet are scanned and attacked continuously. ' +
    'Administration should come through a bastion, a VPN or Systems Manager Session Manager.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Remove ingress rules from ::/0 to ports 22 and 3389; allow administration only from known ranges or use Session Manager.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]',
  },
  references: { 'cis-aws-foundations': ['5.3'] },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, ADMIN, 'SSH or RDP', 'ipv6');
  },
});
