import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 2375, to: 2376, protocols: ['tcp'] }];

/** No security group allows Docker daemon (2375-2376) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-docker-open',
  title: 'Security groups do not expose Docker daemon (2375-2376) to the internet',
  rationale:
    'The Docker API gives root on the host to whoever reaches it; exposed daemons are hijacked for crypto mining.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Remove the rule allowing Docker daemon (2375-2376) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 2375-2376 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Docker daemon (2375-2376)');
  },
});
