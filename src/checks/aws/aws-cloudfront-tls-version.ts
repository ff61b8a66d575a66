import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { disabled, distributionConfig } from './cloudfront-util.js';
import { field } from './util.js';

/** Distributions with their own certificate accept TLS 1.2 or later only (`ViewerCertificate.MinimumProtocolVersion`). */
export default defineCheck({
  id: 'aws-cloudfront-tls-version',
  title: 'CloudFront distributions refuse TLS older than 1.2',
  rationale:
    'Security policies such as TLSv1 or TLSv1_2016 still accept TLS 1.0 and 1.1, which are deprecated and forbidden by PCI DSS.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.cdn'],
  controls: ['EIT-01'],
  remediation: 'Set the minimum protocol version to TLSv1.2_2021 (or newer).',
  fix: {
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  viewer_certificate {\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}',
  },
  evaluate(d) {
    const config = distributionConfig(d);
    if (disabled(config)) return notApplicable('The distribution is disabled.');
    const cert = field(config, 'ViewerCertificate');
    // The default *.cloudfront.net certificate always allows TLSv1; there is no setting to change.
    if (field(cert, 'CloudFrontDefaultCertificate') === true)
      return notApplicable('Uses the default cloudfront.net certificate, whose TLS policy cannot be set.');
    const min = String(field(cert, 'MinimumProtocolVersion') ?? '');
    return /^TLSv1\.[23]/.test(min)
      ? pass(`Minimum protocol ${min}.`)
      : fail(`The minimum protocol ${min || '(unset)'} accepts TLS older than 1.2.`);
  },
});
