import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'enabled',
    expect: 'pass',
    resource: aws('storage.bucket', { versioning: true }, { service: 's3' }),
  },
  {
    name: 'suspended',
    expect: 'fail',
    resource: aws('storage.bucket', { versioning: false }, { service: 's3' }),
  },
  {
    name: 'scratch bucket',
    expect: 'not_applicable',
    resource: aws('storage.bucket', { versioning: false }, { service: 's3', tags: { ephemeral: 'true' } }),
  },
  { name: 'unknown', expect: 'error', resource: aws('storage.bucket', {}, { service: 's3' }) },
];
