import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cdn = (config: Record<string, unknown> | undefined) =>
  aws(
    'network.cdn',
    {},
    {
      service: 'cloudfront',
      ...(config ? { raw: { Id: 'E1', DistributionConfig: { Enabled: true, ...config } } } : {}),
    },
  );

export const cases: CheckCase[] = [
  {
    name: 'redirect',
    expect: 'pass',
    resource: cdn({ DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' } }),
  },
  {
    name: 'one path allows HTTP',
    expect: 'fail',
    resource: cdn({
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'https-only' },
      CacheBehaviors: {
        Quantity: 1,
        Items: [{ PathPattern: '/legacy/*', ViewerProtocolPolicy: 'allow-all' }],
      },
    }),
    message: '/legacy/*',
  },
  {
    name: 'disabled distribution',
    expect: 'not_applicable',
    resource: cdn({ Enabled: false, DefaultCacheBehavior: { ViewerProtocolPolicy: 'allow-all' } }),
  },
  { name: 'configuration missing', expect: 'error', resource: cdn(undefined) },
];
