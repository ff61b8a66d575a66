import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [{ from: 20, to: 21, protocols: ['tcp'] }];

/** No security group allows FTP (20-21) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-ftp-open',
  title: 'Security groups do not expose FTP (20-21) to the internet',
  rationale:
    'FTP carries passwords and data unencrypted and is heavily scanned. Use SFTP or S3 transfer endpoints, never open FTP.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'EIT-02'],
  remediation:
    'Remove the rule allowing FTP (20-21) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 20-21 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'FTP (20-21)');
  },
});
