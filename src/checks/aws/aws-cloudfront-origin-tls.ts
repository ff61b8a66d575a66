import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { disabled, distributionConfig, items } from './cloudfront-util.js';
import { field } from './util.js';

/** Custom origins are reached over HTTPS with TLS 1.2 (`OriginProtocolPolicy`, `OriginSslProtocols`). */
export default defineCheck({
  id: 'aws-cloudfront-origin-tls',
  title: 'CloudFront reaches custom origins over modern TLS',
  rationale:
    'HTTPS from viewers means little if CloudFront then fetches from the origin in clear text or over SSLv3/TLS 1.0 across the internet.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.cdn'],
  controls: ['EIT-01', 'EIT-02'],
  remediation: 'Set the origin protocol policy to https-only and the origin SSL protocols to TLSv1.2.',
  fix: {
    terraform:
      'custom_origin_config {\n  origin_protocol_policy = "https-only"\n  origin_ssl_protocols = ["TLSv1.2"]\n}',
  },
  evaluate(d) {
    const config = distributionConfig(d);
    if (disabled(config)) return notApplicable('The distribution is disabled.');
    const custom = items(field(config, 'Origins')).filter(
      (o) => field(o, 'CustomOriginConfig') !== undefined,
    );
    if (custom.length === 0)
      return notApplicable('No custom origins (S3 origins are reached over AWS APIs).');
    const weak = custom.filter((o) => {
      const c = field(o, 'CustomOriginConfig');
      const proto = field(c, 'OriginProtocolPolicy');
      const ssl = items(field(c, 'OriginSslProtocols'));
      return proto !== 'https-only' || ssl.some((p) => p === 'SSLv3' || p === 'TLSv1' || p === 'TLSv1.1');
    });
    return weak.length > 0
      ? fail(`Origins reached without modern TLS: ${weak.map((o) => String(field(o, 'Id'))).join(', ')}.`)
      : pass('Every custom origin is reached over TLS 1.2.');
  },
});
