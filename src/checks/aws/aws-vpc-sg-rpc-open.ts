import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 135, to: 135, protocols: ['tcp'] }];

/** No security group allows Microsoft RPC (135) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-rpc-open',
  title: 'Security groups do not expose Microsoft RPC (135) to the internet',
  rationale: 'The RPC endpoint mapper exposes Windows services and has a long history of remote exploits.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02'],
  remediation:
    'Remove the rule allowing Microsoft RPC (135) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 135 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Microsoft RPC (135)');
  },
});
