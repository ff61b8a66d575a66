import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const sensitive = { service: 'cloudwatch', tags: { 'data-classification': 'sensitive' } };

export const cases: CheckCase[] = [
  {
    name: 'KMS key',
    expect: 'pass',
    resource: aws(
      'logging.log-group',
      {
        encryption: {
          enabled: true,
          keyType: 'customer-managed',
          keyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
        },
      },
      sensitive,
    ),
  },
  {
    name: 'service-managed only',
    expect: 'fail',
    resource: aws('logging.log-group', { encryption: { enabled: false } }, sensitive),
  },
  {
    name: 'unclassified',
    expect: 'not_applicable',
    resource: aws('logging.log-group', { encryption: { enabled: false } }, { service: 'cloudwatch' }),
  },
  { name: 'unknown', expect: 'error', resource: aws('logging.log-group', {}, sensitive) },
];
