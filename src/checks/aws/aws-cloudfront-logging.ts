import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { disabled, distributionConfig } from './cloudfront-util.js';
import { field } from './util.js';

/** Distributions write standard access logs (`Logging.Enabled`). */
export default defineCheck({
  id: 'aws-cloudfront-logging',
  title: 'CloudFront distributions have access logging',
  rationale:
    'Edge access logs show every viewer request, including those served from cache that never reach the origin logs.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['network.cdn'],
  controls: ['LOG-02'],
  remediation: 'Enable standard logging to an S3 bucket (or real-time logs to Kinesis).',
  fix: {
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  logging_config {\n    bucket = "logs.s3.amazonaws.com"\n  }\n}',
  },
  evaluate(d) {
    const config = distributionConfig(d);
    if (disabled(config)) return notApplicable('The distribution is disabled.');
    return field(field(config, 'Logging'), 'Enabled') === true
      ? pass('Access logs are written.')
      : fail('Access logging is off.');
  },
});
