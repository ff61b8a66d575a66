import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [
  { from: 9200, to: 9200, protocols: ['tcp'] },
  { from: 9300, to: 9300, protocols: ['tcp'] },
];

/** No security group allows Elasticsearch/OpenSearch (9200, 9300) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-elasticsearch-open',
  title: 'Security groups do not expose Elasticsearch/OpenSearch (9200, 9300) to the internet',
  rationale:
    'Exposed search clusters are a leading cause of large data leaks; many run without authentication.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'DATA-03'],
  remediation:
    'Remove the rule allowing Elasticsearch/OpenSearch (9200, 9300) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 9200 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Elasticsearch/OpenSearch (9200, 9300)');
  },
});
