import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 27017, to: 27018, protocols: ['tcp'] }];

/** No security group allows MongoDB (27017-27018) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-mongodb-open',
  title: 'Security groups do not expose MongoDB (27017-27018) to the internet',
  rationale:
    'Internet-facing MongoDB instances are found and wiped or ransomed within hours by automated campaigns.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Remove the rule allowing MongoDB (27017-27018) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 27017-27018 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'MongoDB (27017-27018)');
  },
});
