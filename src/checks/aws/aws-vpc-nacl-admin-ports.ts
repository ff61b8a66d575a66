import type { NetworkRule } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { describeRule, naclWorldIngress } from './util.js';

/**
 * CIS AWS 5.1: no network ACL lets traffic from 0.0.0.0/0 (or ::/0) reach ports 22 or 3389. Rules are evaluated in
 * rule-number order: a lower-numbered deny for the world stops a later allow.
 */
export default defineCheck({
  id: 'aws-vpc-nacl-admin-ports',
  title: 'Network ACLs do not allow internet ingress to SSH or RDP',
  rationale:
    'Network ACLs are the subnet-wide backstop behind security groups. Letting the internet reach administration ' +
    'ports at that layer leaves every host in the subnet one security-group mistake away from exposure.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.acl'],
  controls: ['NET-01', 'NET-02', 'NET-06'],
  remediation:
    'Add deny entries for ports 22 and 3389 from 0.0.0.0/0 and ::/0 ahead of the allow entries, or narrow the allow entries.',
  fix: {
    cli: 'aws ec2 create-network-acl-entry --network-acl-id ACL_ID --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
  },
  references: { 'cis-aws-foundations': ['5.1'] },
  evaluate(acl) {
    const subnets = acl.properties.subnets;
    if (Array.isArray(subnets) && subnets.length === 0)
      return notApplicable('The network ACL is associated with no subnet.');
    const rules = need<NetworkRule[]>(acl, 'rules');
    const open: NetworkRule[] = [];
    for (const port of [22, 3389])
      for (const proto of ['tcp', 'udp'] as const) {
        const r = naclWorldIngress(rules, port, proto);
        if (r && !open.includes(r)) open.push(r);
      }
    if (open.length > 0)
      return fail(`Internet traffic can reach SSH or RDP: ${open.map(describeRule).join('; ')}.`, [
        { path: 'rules', value: open },
      ]);
    return pass('SSH and RDP are not reachable from the internet through this ACL.');
  },
});
