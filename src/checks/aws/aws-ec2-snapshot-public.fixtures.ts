import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'private EBS snapshot',
    expect: 'pass',
    resource: aws('storage.snapshot', { public: false }, { service: 'ebs' }),
  },
  {
    name: 'public EBS snapshot',
    expect: 'fail',
    resource: aws('storage.snapshot', { public: true }, { service: 'ebs' }),
  },
  {
    name: 'public RDS snapshot',
    expect: 'fail',
    resource: aws('storage.snapshot', { public: true }, { service: 'rds' }),
  },
  {
    name: 'published community snapshot',
    expect: 'not_applicable',
    resource: aws(
      'storage.snapshot',
      { public: true },
      { service: 'ebs', tags: { 'public-approved': 'true' } },
    ),
  },
  {
    name: 'permissions unreadable',
    expect: 'error',
    resource: aws(
      'storage.snapshot',
      {},
      { service: 'ebs', unknown: [{ path: 'public', reason: 'DescribeSnapshotAttribute denied' }] },
    ),
  },
];
