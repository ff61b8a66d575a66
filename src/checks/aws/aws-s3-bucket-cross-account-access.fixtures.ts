import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const statement = (principal: string) => ({
  effect: 'allow',
  principals: [principal],
  actions: ['s3:GetObject'],
  resources: ['arn:aws:s3:::data/*'],
});
const bucket = (policy: unknown[] | undefined) =>
  aws('storage.bucket', policy ? { policy } : {}, { service: 's3' });

export const cases: CheckCase[] = [
  {
    name: 'own account role',
    expect: 'pass',
    resource: bucket([statement(`aws:arn:aws:iam::${ACCOUNT}:role/reader`)]),
  },
  {
    name: 'unknown account',
    expect: 'fail',
    resource: bucket([statement('aws:arn:aws:iam::444455556666:root')]),
    message: '444455556666',
  },
  {
    name: 'trusted partner',
    expect: 'pass',
    resource: bucket([statement('aws:arn:aws:iam::444455556666:root')]),
    params: { trustedAccounts: ['444455556666'] },
  },
  { name: 'no policy', expect: 'not_applicable', resource: bucket([]) },
  { name: 'policy unknown', expect: 'error', resource: bucket(undefined) },
];
