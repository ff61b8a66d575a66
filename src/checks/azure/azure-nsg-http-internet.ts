import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { describeRules, ev, internetExposure, isType, nsgRules, T } from './util.js';

export default defineCheck<'network.security-group', { allowTag: string }>({
  id: 'azure-nsg-http-internet',
  title: 'Network security groups open HTTP(S) to the internet only where intended',
  rationale:
    'Web ports open to the internet put the workloads behind them in reach of every scanner. Public web ' +
    'traffic should normally arrive through Application Gateway, Front Door or a load balancer with a WAF, not ' +
    'directly at virtual machines; groups that deliberately serve the web are marked and reviewed.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'APP-03'],
  remediation:
    'Restrict inbound TCP 80/443 rules to the front-end service (e.g. the AzureFrontDoor.Backend or GatewayManager ' +
    'service tags, or the gateway subnet), or tag the group as an approved web entry point.',
  fix: {
    cli: 'az network nsg rule update --nsg-name NSG --resource-group RG --name RULE --source-address-prefixes AzureFrontDoor.Backend',
  },
  references: { 'cis-azure-foundations': ['6.4'] },
  params: {
    allowTag: {
      description: 'tag key (value "true") that marks an approved internet-facing web tier',
      default: 'web-facing',
    },
  },
  evaluate(nsg, { params }) {
    if (!isType(nsg, T.nsg)) return notApplicable('Not a network security group.');
    if (nsg.tags[params.allowTag] === 'true')
      return notApplicable(`Marked as an approved web entry point (${params.allowTag}=true).`);
    const rules = nsgRules(nsg);
    const open = [...internetExposure(rules, 'tcp', 80), ...internetExposure(rules, 'tcp', 443)].filter(
      (r, i, all) => all.indexOf(r) === i,
    );
    return open.length === 0
      ? pass('No inbound rule allows HTTP or HTTPS from the internet.')
      : fail(`HTTP(S) is open to the internet: ${describeRules(open)}.`, [
          ev(
            'securityRules',
            open.map((r) => r.name),
          ),
        ]);
  },
});
