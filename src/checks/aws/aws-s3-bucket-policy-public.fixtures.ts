import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const bucket = (policy: unknown[] | undefined, extra: Record<string, unknown> = {}, resourceExtra = {}) =>
  aws('storage.bucket', policy ? { policy, ...extra } : extra, {
    id: 'arn:aws:s3:::site',
    service: 's3',
    ...resourceExtra,
  });
const anyoneGet = {
  effect: 'allow',
  principals: ['*'],
  actions: ['s3:GetObject'],
  resources: ['arn:aws:s3:::site/*'],
};

export const cases: CheckCase[] = [
  { name: 'no policy', expect: 'pass', resource: bucket([]) },
  {
    name: 'CloudFront origin access control',
    expect: 'pass',
    resource: bucket([
      {
        ...anyoneGet,
        principals: ['service:cloudfront.amazonaws.com'],
        conditions: { StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E1' } },
      },
    ]),
  },
  {
    name: 'anyone, but only through a VPC endpoint',
    expect: 'pass',
    resource: bucket([{ ...anyoneGet, conditions: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }]),
  },
  {
    name: 'public read',
    expect: 'fail',
    resource: bucket([anyoneGet], { publicAccessBlocked: false }),
    message: 's3:GetObject',
  },
  {
    name: 'public delete',
    expect: 'fail',
    resource: bucket(
      [
        {
          effect: 'allow',
          principals: ['*'],
          actions: ['s3:DeleteObject'],
          resources: ['arn:aws:s3:::site/*'],
        },
      ],
      { publicAccessBlocked: false },
    ),
  },
  {
    name: 'public statement neutralised by Block Public Access',
    expect: 'pass',
    resource: bucket([anyoneGet], { publicAccessBlocked: true }),
  },
  {
    name: 'approved website',
    expect: 'not_applicable',
    resource: bucket([anyoneGet], {}, { tags: { 'public-approved': 'true' } }),
  },
  {
    name: 'policy unreadable',
    expect: 'error',
    resource: bucket(
      undefined,
      {},
      { unknown: [{ path: 'policy', reason: 'AccessDenied on GetBucketPolicy' }] },
    ),
    message: 'AccessDenied',
  },
];
