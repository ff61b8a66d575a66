import { type CheckCase, resource } from '../testing.js';

export const cases: CheckCase[] = [
  {
    name: 'public S3 bucket',
    expect: 'fail',
    resource: resource('storage.bucket', 'aws', { publicRead: true, publicAccessBlocked: false }),
  },
  {
    name: 'private GCS bucket',
    expect: 'pass',
    resource: resource('storage.bucket', 'gcp', { publicRead: false }),
  },
  {
    name: 'public grant neutralised by the access block',
    expect: 'pass',
    resource: resource('storage.bucket', 'aws', { publicRead: true, publicAccessBlocked: true }),
  },
  {
    name: 'approved website bucket',
    expect: 'not_applicable',
    resource: resource(
      'storage.bucket',
      'azure',
      { publicRead: true },
      { tags: { 'public-approved': 'true' } },
    ),
  },
  {
    name: 'ACLs could not be read',
    expect: 'error',
    resource: resource(
      'storage.bucket',
      'aws',
      {},
      { unknown: [{ path: 'publicRead', reason: 'AccessDenied on GetBucketAcl' }] },
    ),
    message: 'AccessDenied on GetBucketAcl',
  },
];
