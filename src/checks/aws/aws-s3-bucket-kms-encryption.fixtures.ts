import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const sensitive = { tags: { 'data-classification': 'Confidential' }, service: 's3' };

export const cases: CheckCase[] = [
  {
    name: 'customer managed key',
    expect: 'pass',
    resource: aws(
      'storage.bucket',
      {
        encryption: {
          enabled: true,
          keyType: 'customer-managed',
          keyId: 'arn:aws:kms:us-east-1:111122223333:key/k1',
        },
      },
      sensitive,
    ),
  },
  {
    name: 'SSE-S3 only',
    expect: 'fail',
    resource: aws('storage.bucket', { encryption: { enabled: true, keyType: 'provider' } }, sensitive),
  },
  {
    name: 'not classified',
    expect: 'not_applicable',
    resource: aws(
      'storage.bucket',
      { encryption: { enabled: true, keyType: 'provider' } },
      { service: 's3' },
    ),
  },
  {
    name: 'encryption settings unreadable',
    expect: 'error',
    resource: aws('storage.bucket', {}, sensitive),
    message: 'encryption',
  },
  {
    name: 'key type unknown',
    expect: 'error',
    resource: aws('storage.bucket', { encryption: { enabled: true } }, sensitive),
    message: 'keyType',
  },
];
