import type { CheckCase } from '../testing.js';
import { daysAgo, gcp, names } from './testkit.js';

const key = (n: string, body: Record<string, unknown>) =>
  gcp('secrets.secret', names.apiKey(n), { displayName: n, createTime: daysAgo(5), ...body });

export const cases: CheckCase[] = [
  {
    name: 'referrer restriction',
    expect: 'pass',
    resource: key('k1', {
      restrictions: { browserKeyRestrictions: { allowedReferrers: ['https://app.acme.com/*'] } },
    }),
  },
  {
    name: 'server IPs',
    expect: 'pass',
    resource: key('k2', { restrictions: { serverKeyRestrictions: { allowedIps: ['203.0.113.10'] } } }),
  },
  {
    name: 'no restriction',
    expect: 'fail',
    resource: key('k3', { restrictions: { apiTargets: [{ service: 'maps.googleapis.com' }] } }),
  },
  {
    name: 'any referrer',
    expect: 'fail',
    resource: key('k4', { restrictions: { browserKeyRestrictions: { allowedReferrers: ['*'] } } }),
  },
  { name: 'deleted key', expect: 'not_applicable', resource: key('k5', { deleteTime: daysAgo(1) }) },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('secrets.secret', names.apiKey('k6'), {}, { raw: {} }),
  },
];
