import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'CMK in the API document',
    expect: 'pass',
    resource: aws(
      'secrets.secret',
      {},
      { service: 'secrets-manager', raw: { KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' } },
    ),
  },
  {
    name: 'AWS managed alias',
    expect: 'fail',
    resource: aws(
      'secrets.secret',
      {},
      { service: 'secrets-manager', raw: { KmsKeyId: 'alias/aws/secretsmanager' } },
    ),
  },
  // describe-secret omits KmsKeyId when the default aws/secretsmanager key is used; the collector records provider.
  {
    name: 'default key',
    expect: 'fail',
    resource: aws(
      'secrets.secret',
      { encryption: { enabled: true, keyType: 'provider' } },
      { service: 'secrets-manager' },
    ),
  },
  {
    name: 'SSM parameter',
    expect: 'not_applicable',
    resource: aws('secrets.secret', {}, { service: 'systems-manager' }),
  },
  { name: 'unknown', expect: 'error', resource: aws('secrets.secret', {}, { service: 'secrets-manager' }) },
];
