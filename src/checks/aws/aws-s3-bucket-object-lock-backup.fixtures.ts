import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const backup = { service: 's3', tags: { Purpose: 'Backup' } };

export const cases: CheckCase[] = [
  {
    name: 'locked backup bucket',
    expect: 'pass',
    resource: aws('storage.bucket', { objectLock: true }, backup),
  },
  {
    name: 'unlocked backup bucket',
    expect: 'fail',
    resource: aws('storage.bucket', { objectLock: false }, backup),
  },
  {
    name: 'application bucket',
    expect: 'not_applicable',
    resource: aws('storage.bucket', { objectLock: false }, { service: 's3', tags: { purpose: 'assets' } }),
  },
  { name: 'lock configuration unreadable', expect: 'error', resource: aws('storage.bucket', {}, backup) },
];
