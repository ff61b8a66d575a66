import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'private',
    expect: 'pass',
    resource: aws('storage.bucket', { publicWrite: false, publicAccessBlocked: false }, { service: 's3' }),
  },
  {
    name: 'blocked',
    expect: 'pass',
    resource: aws('storage.bucket', { publicWrite: true, publicAccessBlocked: true }, { service: 's3' }),
  },
  {
    name: 'AllUsers WRITE grant',
    expect: 'fail',
    resource: aws('storage.bucket', { publicWrite: true, publicAccessBlocked: false }, { service: 's3' }),
  },
  {
    name: 'directory bucket',
    expect: 'not_applicable',
    resource: aws('storage.bucket', {}, { service: 's3', raw: { BucketType: 'Directory' } }),
  },
  {
    name: 'ACL unreadable',
    expect: 'error',
    resource: aws('storage.bucket', { publicAccessBlocked: false }, { service: 's3' }),
  },
];
