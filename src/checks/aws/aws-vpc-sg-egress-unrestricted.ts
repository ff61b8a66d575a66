import type { NetworkRule } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { allTraffic, describeRule, securityGroupInUse, tagged, worldPeers } from './util.js';

/** Security groups do not allow all outbound traffic to the whole internet. */
export default defineCheck({
  id: 'aws-vpc-sg-egress-unrestricted',
  title: 'Security groups restrict outbound traffic',
  rationale:
    'The default "allow all outbound" rule lets a compromised workload download tools, reach its command server and ' +
    'exfiltrate data on any port. Limiting egress to what the workload needs raises the cost of each of those steps.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-03'],
  remediation:
    'Replace the all-traffic egress rule with rules for the destinations and ports the workload uses (for example ' +
    'HTTPS to VPC endpoints or a proxy).',
  fix: {
    cli: 'aws ec2 revoke-security-group-egress --group-id SG_ID --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  params: {
    exemptTag: {
      description: 'tag key marking groups whose open egress is reviewed and accepted (value "true")',
      default: 'egress-approved',
    },
  },
  evaluate(sg, { inventory, params }) {
    if (securityGroupInUse(sg, inventory) === false)
      return notApplicable('The security group is attached to nothing.');
    if (tagged(sg, String(params.exemptTag), ['true']))
      return notApplicable('Open egress is an accepted exception for this group.');
    const rules = need<NetworkRule[]>(sg, 'rules');
    const open = rules.filter(
      (r) => r.direction === 'egress' && r.action === 'allow' && allTraffic(r) && worldPeers(r).length > 0,
    );
    if (open.length > 0)
      return fail(`Outbound traffic is unrestricted: ${open.map(describeRule).join('; ')}.`, [
        { path: 'rules', value: open },
      ]);
    return pass('Outbound traffic is limited to specific destinations or ports.');
  },
});
