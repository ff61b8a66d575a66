import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** CIS AWS 3.7: every VPC has flow logging on (at least rejected traffic), per the VPC or a flow-log resource referring to it. */
export default defineCheck({
  id: 'aws-vpc-flow-logs',
  title: 'VPC flow logging is enabled in every VPC',
  rationale:
    'Flow logs record which addresses talked to which, on what ports, and what was refused. They are the network ' +
    'evidence for detecting scans and exfiltration and for reconstructing an intrusion.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.vpc'],
  controls: ['LOG-03'],
  remediation: 'Create a flow log for the VPC (all traffic, or at least REJECT) to CloudWatch Logs or S3.',
  fix: {
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::FLOW_LOG_BUCKET',
    terraform:
      'resource "aws_flow_log" "this" {\n  vpc_id = aws_vpc.this.id\n  traffic_type = "ALL"\n  log_destination_type = "s3"\n  log_destination = aws_s3_bucket.flow.arn\n}',
  },
  references: { 'cis-aws-foundations': ['3.7'] },
  evaluate(vpc, { inventory }) {
    // A VPC shared into this account through RAM is logged by its owner.
    const owner = rawAt(vpc, 'OwnerId');
    if (typeof owner === 'string' && owner !== vpc.account)
      return notApplicable(`A VPC shared by account ${owner}, which manages its flow logs.`);
    const flows = inventory.referrers(vpc.id).filter((f) => f.kind === 'logging.flow-log');
    const active = flows.find((f) => (f.properties as { enabled?: unknown }).enabled !== false);
    if (active)
      return pass(`Flow log ${active.id} covers the VPC.`, [
        { path: 'flowLogs', value: active.id, resource: active.id },
      ]);
    return need<boolean>(vpc, 'flowLogs')
      ? pass('Flow logging is enabled for the VPC.', [{ path: 'flowLogs', value: true }])
      : fail('The VPC has no flow log.', [{ path: 'flowLogs', value: false }]);
  },
});
