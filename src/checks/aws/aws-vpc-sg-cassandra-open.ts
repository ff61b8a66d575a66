import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [
  { from: 7000, to: 7001, protocols: ['tcp'] },
  { from: 9042, to: 9042, protocols: ['tcp'] },
  { from: 9160, to: 9160, protocols: ['tcp'] },
];

/** No security group allows Cassandra (7000-7001, 9042, 9160) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-cassandra-open',
  title: 'Security groups do not expose Cassandra (7000-7001, 9042, 9160) to the internet',
  rationale:
    "Cassandra's client and inter-node ports give direct access to the data and the cluster; keep them private.",
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Remove the rule allowing Cassandra (7000-7001, 9042, 9160) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 7000-7001 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Cassandra (7000-7001, 9042, 9160)');
  },
});
