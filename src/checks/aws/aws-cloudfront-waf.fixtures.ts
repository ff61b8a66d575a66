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
    name: 'web ACL',
    expect: 'pass',
    resource: cdn({ WebACLId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1' }),
  },
  { name: 'empty', expect: 'fail', resource: cdn({ WebACLId: '' }) },
  { name: 'disabled', expect: 'not_applicable', resource: cdn({ Enabled: false }) },
  {
    name: 'configuration missing',
    expect: 'error',
    resource: aws('network.cdn', {}, { service: 'cloudfront', raw: { Id: 'E1' } }),
  },
];
