import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const fn = (policy: unknown[] | undefined, extra = {}) =>
  aws('compute.function', policy ? { policy } : {}, { service: 'lambda', ...extra });
const invoke = {
  actions: ['lambda:InvokeFunction'],
  resources: ['arn:aws:lambda:us-east-1:111122223333:function:f'],
};

export const cases: CheckCase[] = [
  { name: 'no policy', expect: 'pass', resource: fn([]) },
  {
    name: 'S3 may invoke, for one bucket of this account',
    expect: 'pass',
    resource: fn([
      {
        effect: 'allow',
        principals: ['service:s3.amazonaws.com'],
        ...invoke,
        conditions: {
          ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' },
          StringEquals: { 'AWS:SourceAccount': '111122223333' },
        },
      },
    ]),
  },
  {
    name: 'anyone may invoke',
    expect: 'fail',
    resource: fn([{ effect: 'allow', principals: ['*'], ...invoke }]),
    message: 'lambda:InvokeFunction',
  },
  {
    name: 'approved public function',
    expect: 'not_applicable',
    resource: fn([{ effect: 'allow', principals: ['*'], ...invoke }], {
      tags: { 'public-approved': 'true' },
    }),
  },
  { name: 'policy unreadable', expect: 'error', resource: fn(undefined) },
];
