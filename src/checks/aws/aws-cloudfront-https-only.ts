import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { disabled, distributionConfig, items } from './cloudfront-util.js';
import { field } from './util.js';

/** Every cache behavior redirects HTTP to HTTPS or serves HTTPS only (`ViewerProtocolPolicy` ≠ allow-all). */
export default defineCheck({
  id: 'aws-cloudfront-https-only',
  title: 'CloudFront distributions require HTTPS from viewers',
  rationale:
    'A behavior with "allow-all" serves pages and cookies over plain HTTP, where they can be read and altered on the way.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.cdn'],
  controls: ['EIT-01'],
  remediation: 'Set the viewer protocol policy of every cache behavior to redirect-to-https or https-only.',
  fix: {
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  default_cache_behavior {\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}',
  },
  evaluate(d) {
    const config = distributionConfig(d);
    if (disabled(config)) return notApplicable('The distribution is disabled.');
    const behaviors = [field(config, 'DefaultCacheBehavior'), ...items(field(config, 'CacheBehaviors'))];
    const open = behaviors
      .filter((b) => field(b, 'ViewerProtocolPolicy') === 'allow-all')
      .map((b) => String(field(b, 'PathPattern') ?? 'default'));
    return open.length > 0
      ? fail(`Behaviors serving plain HTTP: ${open.join(', ')}.`)
      : pass('Every behavior requires HTTPS.');
  },
});
