import type { NetworkRule } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { describeRule } from './util.js';

/** CIS AWS 5.4: the default security group of each VPC has no rules at all. */
export default defineCheck({
  id: 'aws-vpc-default-sg-restricts-all',
  title: 'Default security groups restrict all traffic',
  rationale:
    'Resources launched without an explicit group land in the default group. If it allows anything, they get that ' +
    'access by accident; with no rules, forgetting to pick a group fails safe.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-01', 'NET-02'],
  remediation:
    'Remove every inbound and outbound rule from the default security group and give resources purpose-built groups.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id DEFAULT_SG_ID --ip-permissions file://current-ingress.json && aws ec2 revoke-security-group-egress --group-id DEFAULT_SG_ID --ip-permissions file://current-egress.json',
    terraform: 'resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.this.id\n}',
  },
  references: { 'cis-aws-foundations': ['5.4'] },
  evaluate(sg) {
    if (!need<boolean>(sg, 'isDefault')) return notApplicable('Not a default security group.');
    const rules = need<NetworkRule[]>(sg, 'rules').filter((r) => r.action === 'allow');
    if (rules.length > 0)
      return fail(
        `The default security group has ${rules.length} rules: ${rules.map(describeRule).join('; ')}.`,
        [{ path: 'rules', value: rules }],
      );
    return pass('The default security group allows no traffic.');
  },
});
