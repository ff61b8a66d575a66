import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { describeRules, ev, internetExposure, isType, nsgRules, T } from './util.js';

export default defineCheck({
  id: 'azure-nsg-ssh-internet',
  title: 'Network security groups do not allow SSH from the internet',
  rationale:
    'SSH exposed to the internet invites password guessing and exploitation of SSH server flaws. Administrative ' +
    'access should come through Bastion, a VPN or just-in-time access instead.',
  severity: 'high',
  providers: ['azure'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Remove or narrow inbound rules that allow TCP 22 from Internet, Any or 0.0.0.0/0; use Azure Bastion or just-in-time VM access.',
  fix: { cli: 'az network nsg rule delete --nsg-name NSG --resource-group RG --name RULE' },
  references: { 'cis-azure-foundations': ['6.2'] },
  evaluate(nsg) {
    if (!isType(nsg, T.nsg)) return notApplicable('Not a network security group.');
    const open = internetExposure(nsgRules(nsg), 'tcp', 22);
    return open.length === 0
      ? pass('No inbound rule allows SSH (TCP 22) from the internet.')
      : fail(`SSH (TCP 22) is open to the internet: ${describeRules(open)}.`, [
          ev(
            'securityRules',
            open.map((r) => r.name),
          ),
        ]);
  },
});
