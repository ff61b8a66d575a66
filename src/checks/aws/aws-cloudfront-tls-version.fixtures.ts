import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cdn = (cert: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  aws(
    'network.cdn',
    {},
    {
      service: 'cloudfront',
      raw: {
        DistributionConfig: { Enabled: true, DefaultCacheBehavior: {}, ViewerCertificate: cert, ...extra },
      },
    },
  );

export const cases: CheckCase[] = [
  {
    name: 'TLS 1.2 2021',
    expect: 'pass',
    resource: cdn({
      ACMCertificateArn: 'arn',
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SSLSupportMethod: 'sni-only',
    }),
  },
  {
    name: 'TLSv1_2016',
    expect: 'fail',
    resource: cdn({ ACMCertificateArn: 'arn', MinimumProtocolVersion: 'TLSv1_2016' }),
  },
  {
    name: 'default certificate',
    expect: 'not_applicable',
    resource: cdn({ CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' }),
  },
  {
    name: 'configuration missing',
    expect: 'error',
    resource: aws('network.cdn', {}, { service: 'cloudfront' }),
  },
];
