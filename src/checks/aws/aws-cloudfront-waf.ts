import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { disabled, distributionConfig } from './cloudfront-util.js';
import { field } from './util.js';

/** Distributions are associated with an AWS WAF web ACL (`WebACLId`). */
export default defineCheck({
  id: 'aws-cloudfront-waf',
  title: 'CloudFront distributions have a web ACL',
  rationale:
    'The edge is the cheapest place to drop exploit attempts and abusive bots. A web ACL on the distribution filters them before they reach the origin.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.cdn'],
  controls: ['APP-03', 'NET-04'],
  remediation: 'Associate an AWS WAF web ACL (scope CLOUDFRONT) with the distribution.',
  fix: {
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  web_acl_id = aws_wafv2_web_acl.edge.arn\n}',
  },
  evaluate(d) {
    const config = distributionConfig(d);
    if (disabled(config)) return notApplicable('The distribution is disabled.');
    const acl = field(config, 'WebACLId');
    return typeof acl === 'string' && acl !== ''
      ? pass(`Protected by ${acl}.`)
      : fail('No web ACL is associated.');
  },
});
