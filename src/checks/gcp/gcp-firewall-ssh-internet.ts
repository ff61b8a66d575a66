import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, firewallRules, internetTcp, isAsset, label } from './util.js';

export default defineCheck({
  id: 'gcp-firewall-ssh-internet',
  title: 'Firewall rules do not allow SSH from the internet',
  rationale:
    'SSH open to 0.0.0.0/0 is found by internet-wide scans within minutes and then brute-forced or exploited. ' +
    'Administrative access should come through Identity-Aware Proxy TCP forwarding (source 35.235.240.0/20), a ' +
    'bastion or a VPN.',
  severity: 'high',
  providers: ['gcp'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    "Restrict the rule's source ranges to known administrative networks or the IAP range, or delete the rule.",
  fix: { cli: 'gcloud compute firewall-rules update RULE --source-ranges=35.235.240.0/20' },
  references: { 'cis-gcp-foundations': ['3.6'] },
  evaluate(rule) {
    if (!isAsset(rule, A.firewall)) return notApplicable('Not a VPC firewall rule.');
    const open = internetTcp(firewallRules(rule), 22);
    return open.length === 0
      ? pass('The rule does not allow SSH (TCP 22) from the internet.')
      : fail(`Firewall rule ${label(rule)} allows SSH (TCP 22) from ${open[0]?.sources.join(', ')}.`, [
          ev('sourceRanges', open[0]?.sources),
        ]);
  },
});
