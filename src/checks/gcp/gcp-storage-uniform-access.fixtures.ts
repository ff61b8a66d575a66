import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const bucket = (n: string, enabled?: boolean) =>
  gcp('storage.bucket', names.bucket(n), {
    name: n,
    iamConfiguration: enabled === undefined ? {} : { uniformBucketLevelAccess: { enabled } },
  });

export const cases: CheckCase[] = [
  { name: 'uniform', expect: 'pass', resource: bucket('a', true) },
  { name: 'fine-grained', expect: 'fail', resource: bucket('b', false) },
  {
    name: 'normalized',
    expect: 'pass',
    resource: gcp('storage.bucket', names.bucket('c'), {}, { properties: { uniformAccess: true } }),
  },
  {
    name: 'a Filestore share',
    expect: 'not_applicable',
    resource: gcp('storage.bucket', '//file.googleapis.com/projects/p/locations/l/instances/f', {}),
  },
  { name: 'not collected', expect: 'error', resource: bucket('d') },
];
