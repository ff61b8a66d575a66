import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const bucket = (props: Record<string, unknown>, extra = {}) =>
  aws('storage.bucket', props, { id: 'arn:aws:s3:::reports', name: 'reports', service: 's3', ...extra });

export const cases: CheckCase[] = [
  { name: 'blocked', expect: 'pass', resource: bucket({ publicAccessBlocked: true }) },
  { name: 'not blocked', expect: 'fail', resource: bucket({ publicAccessBlocked: false }) },
  {
    name: 'approved website',
    expect: 'not_applicable',
    resource: bucket({ publicAccessBlocked: false }, { tags: { 'public-approved': 'true' } }),
  },
  {
    name: 'directory bucket',
    expect: 'not_applicable',
    resource: aws(
      'storage.bucket',
      {},
      {
        id: 'arn:aws:s3express:us-east-1:111122223333:bucket/fast--use1-az4--x-s3',
        name: 'fast--use1-az4--x-s3',
      },
    ),
  },
  {
    name: 'not readable',
    expect: 'error',
    resource: bucket(
      {},
      { unknown: [{ path: 'publicAccessBlocked', reason: 'AccessDenied on GetPublicAccessBlock' }] },
    ),
    message: 'AccessDenied',
  },
];
