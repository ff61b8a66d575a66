import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'bucket owner enforced',
    expect: 'pass',
    resource: aws('storage.bucket', { uniformAccess: true }, { service: 's3' }),
  },
  {
    name: 'object writer',
    expect: 'fail',
    resource: aws('storage.bucket', { uniformAccess: false }, { service: 's3' }),
  },
  {
    name: 'directory bucket',
    expect: 'not_applicable',
    resource: aws('storage.bucket', {}, { service: 's3', name: 'logs--usw2-az1--x-s3' }),
  },
  {
    name: 'ownership controls unreadable',
    expect: 'error',
    resource: aws('storage.bucket', {}, { service: 's3' }),
  },
];
