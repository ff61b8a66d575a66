import type { CheckCase } from '../testing.js';
import { daysAgo, gcp, names } from './testkit.js';

const key = (n: string, body: Record<string, unknown>) =>
  gcp('secrets.secret', names.apiKey(n), { displayName: n, createTime: daysAgo(5), ...body });

export const cases: CheckCase[] = [
  {
    name: 'one API',
    expect: 'pass',
    resource: key('k1', { restrictions: { apiTargets: [{ service: 'translate.googleapis.com' }] } }),
  },
  {
    name: 'no API restriction',
    expect: 'fail',
    resource: key('k2', { restrictions: { browserKeyRestrictions: { allowedReferrers: ['https://a/*'] } } }),
  },
  {
    name: 'all Cloud APIs',
    expect: 'fail',
    resource: key('k3', { restrictions: { apiTargets: [{ service: 'cloudapis.googleapis.com' }] } }),
  },
  { name: 'deleted key', expect: 'not_applicable', resource: key('k4', { deleteTime: daysAgo(1) }) },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('secrets.secret', names.apiKey('k5'), {}, { raw: {} }),
  },
];
