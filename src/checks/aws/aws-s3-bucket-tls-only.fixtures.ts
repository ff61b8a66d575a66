import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'deny without TLS',
    expect: 'pass',
    resource: aws('storage.bucket', { tlsOnly: true }, { service: 's3' }),
  },
  {
    name: 'no such statement',
    expect: 'fail',
    resource: aws('storage.bucket', { tlsOnly: false }, { service: 's3' }),
  },
  {
    name: 'directory bucket',
    expect: 'not_applicable',
    resource: aws('storage.bucket', { tlsOnly: false }, { service: 's3', raw: { BucketType: 'Directory' } }),
  },
  {
    name: 'policy unreadable',
    expect: 'error',
    resource: aws(
      'storage.bucket',
      {},
      { service: 's3', unknown: [{ path: 'tlsOnly', reason: 'AccessDenied on GetBucketPolicy' }] },
    ),
  },
];
