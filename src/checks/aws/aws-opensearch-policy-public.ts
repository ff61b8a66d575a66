import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { publicActions, publicPrincipal } from '../iam/index.js';
import { needRawObject, rawAt, rawPolicy } from './util.js';

/**
 * A domain with a public endpoint (no `VPCOptions`) has an access policy that does not allow everyone. Domains in a
 * VPC are reachable only from it, so their policy is not exposure to the internet.
 */
export default defineCheck({
  id: 'aws-opensearch-policy-public',
  title: 'Public OpenSearch domains do not allow everyone',
  rationale:
    'An access policy allowing "*" on a domain with a public endpoint lets anyone on the internet search, read and ' +
    'delete its indices. Such open domains are among the largest sources of leaked records.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['analytics.search-domain'],
  controls: ['DATA-03', 'IAM-03'],
  remediation:
    'Restrict the access policy to named IAM principals or source IP ranges, or move the domain into a VPC.',
  fix: {
    cli: 'aws opensearch update-domain-config --domain-name DOMAIN --access-policies file://policy.json',
  },
  evaluate(domain) {
    needRawObject(domain);
    const vpc = rawAt(domain, 'VPCOptions.VPCId');
    if (typeof vpc === 'string' && vpc !== '')
      return notApplicable(`The domain is reachable only inside ${vpc}.`);
    const policy = rawPolicy(domain, 'AccessPolicies', true);
    const open = publicPrincipal(policy);
    return open.length > 0
      ? fail(`The public domain allows everyone ${publicActions(policy).join(', ')}.`)
      : pass('The access policy names its principals or source addresses.');
  },
});
