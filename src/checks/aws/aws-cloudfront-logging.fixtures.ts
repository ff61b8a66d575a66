import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cdn = (extra: Record<string, unknown>) =>
  aws(
    'network.cdn',
    {},
    {
      service: 'cloudfront',
      raw: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: {}, ...extra } },
    },
  );

export const cases: CheckCase[] = [
  {
    name: 'on',
    expect: 'pass',
    resource: cdn({ Logging: { Enabled: true, Bucket: 'logs.s3.amazonaws.com', Prefix: 'cf/' } }),
  },
  { name: 'off', expect: 'fail', resource: cdn({ Logging: { Enabled: false, Bucket: '' } }) },
  { name: 'disabled', expect: 'not_applicable', resource: cdn({ Enabled: false }) },
  {
    name: 'configuration missing',
    expect: 'error',
    resource: aws('network.cdn', {}, { service: 'cloudfront' }),
  },
];
