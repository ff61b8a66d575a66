import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'encrypted',
    expect: 'pass',
    resource: aws('storage.snapshot', { encryption: { enabled: true } }, { service: 'ebs' }),
  },
  {
    name: 'unencrypted',
    expect: 'fail',
    resource: aws('storage.snapshot', { encryption: { enabled: false } }, { service: 'ebs' }),
  },
  {
    name: 'published snapshot',
    expect: 'not_applicable',
    resource: aws(
      'storage.snapshot',
      { encryption: { enabled: false } },
      { tags: { 'public-approved': 'true' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('storage.snapshot', {}, { service: 'ebs' }) },
];
