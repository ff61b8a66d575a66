import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { describeRules, ev, internetExposure, isType, nsgRules, T } from './util.js';

export default defineCheck({
  id: 'azure-nsg-udp-internet',
  title: 'Network security groups do not allow UDP from the internet',
  rationale:
    'UDP services reachable from the internet (DNS, NTP, SNMP, SSDP, LDAP …) are abused for reflection and ' +
    'amplification attacks and are rarely meant to be public.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-04'],
  remediation:
    'Remove inbound rules that allow UDP from Internet, Any or 0.0.0.0/0, or restrict them to the specific sources and ports that need them.',
  fix: { cli: 'az network nsg rule delete --nsg-name NSG --resource-group RG --name RULE' },
  references: { 'cis-azure-foundations': ['6.3'] },
  evaluate(nsg) {
    if (!isType(nsg, T.nsg)) return notApplicable('Not a network security group.');
    const open = internetExposure(nsgRules(nsg), 'udp', undefined);
    return open.length === 0
      ? pass('No inbound rule allows UDP from the internet.')
      : fail(`UDP is open to the internet: ${describeRules(open)}.`, [
          ev(
            'securityRules',
            open.map((r) => r.name),
          ),
        ]);
  },
});
