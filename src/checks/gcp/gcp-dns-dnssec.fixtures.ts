import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const zone = (n: string, body: Record<string, unknown>) =>
  gcp('network.dns-zone', names.managedZone(n), { dnsName: 'acme.com.', ...body });

export const cases: CheckCase[] = [
  {
    name: 'signed',
    expect: 'pass',
    resource: zone('z1', { visibility: 'public', dnssecConfig: { state: 'on' } }),
  },
  { name: 'not signed', expect: 'fail', resource: zone('z2', { visibility: 'public' }) },
  {
    name: 'transfer state',
    expect: 'fail',
    resource: zone('z3', { visibility: 'public', dnssecConfig: { state: 'transfer' } }),
  },
  { name: 'private zone', expect: 'not_applicable', resource: zone('z4', { visibility: 'private' }) },
  { name: 'visibility not collected', expect: 'error', resource: zone('z5', {}) },
];
