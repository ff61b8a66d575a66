import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'KMS key set',
    expect: 'pass',
    resource: aws('logging.trail', {
      logging: true,
      encryption: {
        enabled: true,
        keyType: 'customer-managed',
        keyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
      },
    }),
  },
  {
    name: 'SSE-S3 only',
    expect: 'fail',
    resource: aws('logging.trail', { logging: true, encryption: { enabled: false, keyType: 'none' } }),
  },
  { name: 'stopped trail', expect: 'not_applicable', resource: aws('logging.trail', { logging: false }) },
  { name: 'unknown', expect: 'error', resource: aws('logging.trail', { logging: true }) },
];
