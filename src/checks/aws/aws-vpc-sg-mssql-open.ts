import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [
  { from: 1433, to: 1433, protocols: ['tcp'] },
  { from: 1434, to: 1434, protocols: ['udp'] },
];

/** No security group allows Microsoft SQL Server (1433-1434) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-mssql-open',
  title: 'Security groups do not expose Microsoft SQL Server (1433-1434) to the internet',
  rationale:
    'SQL Server exposed to the internet is brute-forced around the clock and a frequent ransomware target.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Remove the rule allowing Microsoft SQL Server (1433-1434) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 1433 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Microsoft SQL Server (1433-1434)');
  },
});
