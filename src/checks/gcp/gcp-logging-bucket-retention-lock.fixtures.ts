import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const sink = gcp('logging.trail', names.sink('all'), { destination: 'storage.googleapis.com/central-logs' });
const bucket = (n: string, body: Record<string, unknown>) =>
  gcp('storage.bucket', names.bucket(n), { name: n, ...body });

export const cases: CheckCase[] = [
  {
    name: 'locked retention',
    expect: 'pass',
    resource: bucket('central-logs', { retentionPolicy: { retentionPeriod: '31536000', isLocked: true } }),
    inventory: [sink],
  },
  {
    name: 'retention not locked',
    expect: 'fail',
    resource: bucket('central-logs', { retentionPolicy: { retentionPeriod: '31536000' } }),
    inventory: [sink],
  },
  {
    name: 'no retention policy',
    expect: 'fail',
    resource: bucket('central-logs', { storageClass: 'STANDARD' }),
    inventory: [sink],
  },
  {
    name: 'not a log destination',
    expect: 'not_applicable',
    resource: bucket('assets', {}),
    inventory: [sink],
  },
  { name: 'no sinks collected', expect: 'error', resource: bucket('central-logs', {}) },
];
