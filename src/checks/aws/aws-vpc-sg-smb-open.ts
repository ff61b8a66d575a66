import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 445, to: 445, protocols: ['tcp'] }];

/** No security group allows SMB/CIFS (445) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-smb-open',
  title: 'Security groups do not expose SMB/CIFS (445) to the internet',
  rationale:
    'SMB exposed to the internet has been the way in for worms such as WannaCry. File sharing belongs on private networks only.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02'],
  remediation:
    'Remove the rule allowing SMB/CIFS (445) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 445 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'SMB/CIFS (445)');
  },
});
