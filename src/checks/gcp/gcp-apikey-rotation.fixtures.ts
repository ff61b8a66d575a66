import type { CheckCase } from '../testing.js';
import { daysAgo, gcp, names } from './testkit.js';

const key = (n: string, body: Record<string, unknown>) =>
  gcp('secrets.secret', names.apiKey(n), { displayName: n, ...body });

export const cases: CheckCase[] = [
  { name: 'recent', expect: 'pass', resource: key('k1', { createTime: daysAgo(30) }) },
  { name: 'old', expect: 'fail', resource: key('k2', { createTime: daysAgo(400) }) },
  {
    name: 'deleted',
    expect: 'not_applicable',
    resource: key('k3', { createTime: daysAgo(400), deleteTime: daysAgo(1) }),
  },
  {
    name: 'a Secret Manager secret',
    expect: 'not_applicable',
    resource: gcp('secrets.secret', '//secretmanager.googleapis.com/projects/p/secrets/db', {}),
  },
  { name: 'creation time not collected', expect: 'error', resource: key('k4', {}) },
];
