import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 5432, to: 5432, protocols: ['tcp'] }];

/** No security group allows PostgreSQL (5432) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-postgresql-open',
  title: 'Security groups do not expose PostgreSQL (5432) to the internet',
  rationale:
    'A database listening to the internet faces password guessing and exploits. Applications should reach it over private networks only.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Remove the rule allowing PostgreSQL (5432) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 5432 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'PostgreSQL (5432)');
  },
});
