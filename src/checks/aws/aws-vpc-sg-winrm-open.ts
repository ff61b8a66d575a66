import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 5985, to: 5986, protocols: ['tcp'] }];

/** No security group allows WinRM (5985-5986) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-winrm-open',
  title: 'Security groups do not expose WinRM (5985-5986) to the internet',
  rationale:
    'Windows Remote Management gives remote command execution; it should be reachable only from management networks.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Remove the rule allowing WinRM (5985-5986) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 5985-5986 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'WinRM (5985-5986)');
  },
});
