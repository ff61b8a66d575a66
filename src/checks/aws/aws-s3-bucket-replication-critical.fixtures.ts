import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const critical = { service: 's3', tags: { criticality: 'critical' } };

export const cases: CheckCase[] = [
  { name: 'replicated', expect: 'pass', resource: aws('storage.bucket', { replication: true }, critical) },
  {
    name: 'not replicated',
    expect: 'fail',
    resource: aws('storage.bucket', { replication: false }, critical),
  },
  {
    name: 'low criticality',
    expect: 'not_applicable',
    resource: aws('storage.bucket', { replication: false }, { service: 's3', tags: { criticality: 'low' } }),
  },
  { name: 'unknown', expect: 'error', resource: aws('storage.bucket', {}, critical) },
];
