import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 3306, to: 3306, protocols: ['tcp'] }];

/** No security group allows MySQL (3306) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-mysql-open',
  title: 'Security groups do not expose MySQL (3306) to the internet',
  rationale:
    'A database listening to the internet faces password guessing and exploits. Applications should reach it over private networks only.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Remove the rule allowing MySQL (3306) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 3306 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'MySQL (3306)');
  },
});
