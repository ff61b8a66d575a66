import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { loadBalancerType } from './util.js';

/** Application Load Balancers drop HTTP headers with invalid names (request smuggling defence). */
export default defineCheck({
  id: 'aws-elb-drop-invalid-headers',
  title: 'Application Load Balancers drop invalid HTTP headers',
  rationale:
    'Headers that the load balancer and the backend parse differently enable request smuggling and cache ' +
    'poisoning. Dropping malformed header names removes that ambiguity.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['network.load-balancer'],
  controls: ['APP-05'],
  remediation: 'Set routing.http.drop_invalid_header_fields.enabled to true.',
  fix: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    terraform: 'resource "aws_lb" "this" {\n  drop_invalid_header_fields = true\n}',
  },
  evaluate(lb) {
    const type = loadBalancerType(lb);
    if (type !== undefined && type !== 'application') return notApplicable(`A ${type} load balancer.`);
    return need<boolean>(lb, 'dropInvalidHeaders')
      ? pass('Invalid headers are dropped.')
      : fail('Invalid headers are passed to targets.', [{ path: 'dropInvalidHeaders', value: false }]);
  },
});
