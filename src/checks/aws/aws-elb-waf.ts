import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { loadBalancerType } from './util.js';

/** Internet-facing Application Load Balancers are protected by an AWS WAF web ACL. */
export default defineCheck({
  id: 'aws-elb-waf',
  title: 'Internet-facing Application Load Balancers have a web ACL',
  rationale:
    'A web application firewall filters injection, known exploits and abusive bots before they reach the ' +
    'application, and lets new attacks be blocked without a code change.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.load-balancer'],
  controls: ['APP-03'],
  remediation:
    'Associate an AWS WAF web ACL (with the AWS managed core rule set at least) with the load balancer.',
  fix: { cli: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn LB_ARN' },
  evaluate(lb) {
    const type = loadBalancerType(lb);
    if (type !== undefined && type !== 'application')
      return notApplicable(`A ${type} load balancer; WAF attaches to Application Load Balancers.`);
    if (need<string>(lb, 'scheme') !== 'internet-facing') return notApplicable('An internal load balancer.');
    return need<boolean>(lb, 'waf')
      ? pass('A web ACL protects the load balancer.')
      : fail('No web ACL is associated.', [{ path: 'waf', value: false }]);
  },
});
