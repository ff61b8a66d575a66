import type { NetworkRule } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { allTraffic, describeRule, openIngress, securityGroupInUse } from './util.js';

/** No security group allows every port (or every protocol) from the internet. */
export default defineCheck({
  id: 'aws-vpc-sg-all-ports-open',
  title: 'Security groups do not allow all traffic from the internet',
  rationale:
    'A rule for all ports from 0.0.0.0/0 or ::/0 exposes every service on the host, including those nobody knows ' +
    'are listening. It removes the security group as a control.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02'],
  remediation: 'Replace the rule with rules for the specific ports the workload serves.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  evaluate(sg, { inventory }) {
    if (securityGroupInUse(sg, inventory) === false)
      return notApplicable('The security group is attached to nothing.');
    const open = openIngress(need<NetworkRule[]>(sg, 'rules'), 'any').filter(allTraffic);
    if (open.length > 0)
      return fail(`All traffic is allowed in from the internet: ${open.map(describeRule).join('; ')}.`, [
        { path: 'rules', value: open },
      ]);
    return pass('No rule allows all traffic from the internet.');
  },
});
