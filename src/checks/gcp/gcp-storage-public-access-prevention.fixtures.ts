import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const bucket = (n: string, pap?: string, tags?: Record<string, string>) =>
  gcp(
    'storage.bucket',
    names.bucket(n),
    { name: n, iamConfiguration: pap ? { publicAccessPrevention: pap } : {} },
    tags ? { tags } : {},
  );

export const cases: CheckCase[] = [
  { name: 'enforced', expect: 'pass', resource: bucket('a', 'enforced') },
  { name: 'inherited', expect: 'fail', resource: bucket('b', 'inherited') },
  {
    name: 'website bucket',
    expect: 'not_applicable',
    resource: bucket('www', 'inherited', { 'public-approved': 'true' }),
  },
  { name: 'not collected', expect: 'error', resource: bucket('c') },
];
