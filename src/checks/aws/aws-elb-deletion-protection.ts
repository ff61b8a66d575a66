import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { lbAttribute, loadBalancerType, tagged } from './util.js';

/** Production ELBv2 load balancers have deletion protection (`deletion_protection.enabled`). */
export default defineCheck({
  id: 'aws-elb-deletion-protection',
  title: 'Production load balancers have deletion protection',
  rationale:
    'Deleting a load balancer takes the application offline and loses its DNS name. Deletion protection turns that into a deliberate step.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['network.load-balancer'],
  controls: ['CFG-03', 'AVL-04'],
  remediation: 'Enable deletion protection in the load balancer attributes.',
  fix: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=deletion_protection.enabled,Value=true',
    terraform: 'resource "aws_lb" "this" {\n  enable_deletion_protection = true\n}',
  },
  params: {
    environmentTag: { description: 'tag key holding the environment', default: 'environment' },
    productionValues: { description: 'values that mark production', default: ['prod', 'production'] },
  },
  evaluate(lb, { params }) {
    if (loadBalancerType(lb) === 'classic')
      return notApplicable('Classic Load Balancers have no deletion protection.');
    if (!tagged(lb, String(params.environmentTag), params.productionValues as string[]))
      return notApplicable('Not a production load balancer.');
    const v = lbAttribute(lb, 'deletion_protection.enabled');
    if (v === undefined)
      throw new MissingData('raw.Attributes', 'the load balancer attributes were not collected');
    return v === 'true'
      ? pass('Deletion protection is on.')
      : fail('Deletion protection is off.', [
          { path: 'raw.Attributes.deletion_protection.enabled', value: v },
        ]);
  },
});
