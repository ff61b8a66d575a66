import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const origin = (id: string, policy: string, protocols: string[]) => ({
  Id: id,
  DomainName: `${id}.example.com`,
  CustomOriginConfig: {
    OriginProtocolPolicy: policy,
    OriginSslProtocols: { Quantity: protocols.length, Items: protocols },
  },
});
const cdn = (origins: unknown[]) =>
  aws(
    'network.cdn',
    {},
    {
      service: 'cloudfront',
      raw: {
        DistributionConfig: {
          Enabled: true,
          DefaultCacheBehavior: {},
          Origins: { Quantity: origins.length, Items: origins },
        },
      },
    },
  );

export const cases: CheckCase[] = [
  { name: 'HTTPS and TLS 1.2', expect: 'pass', resource: cdn([origin('api', 'https-only', ['TLSv1.2'])]) },
  {
    name: 'HTTP to the origin',
    expect: 'fail',
    resource: cdn([origin('api', 'http-only', ['TLSv1.2'])]),
    message: 'api',
  },
  {
    name: 'TLS 1.0 allowed',
    expect: 'fail',
    resource: cdn([origin('api', 'https-only', ['TLSv1', 'TLSv1.2'])]),
  },
  {
    name: 'S3 origin only',
    expect: 'not_applicable',
    resource: cdn([
      { Id: 's3', DomainName: 'b.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } },
    ]),
  },
  {
    name: 'configuration missing',
    expect: 'error',
    resource: aws('network.cdn', {}, { service: 'cloudfront' }),
  },
];
