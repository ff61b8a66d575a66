import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'shared with the DR account',
    expect: 'pass',
    resource: aws('storage.snapshot', { sharedWith: ['222233334444'] }),
    params: { trustedAccounts: ['222233334444'] },
  },
  {
    name: 'shared with an unknown account',
    expect: 'fail',
    resource: aws('storage.snapshot', { sharedWith: ['555566667777'] }),
    message: '555566667777',
  },
  { name: 'not shared', expect: 'not_applicable', resource: aws('storage.snapshot', { sharedWith: [] }) },
  { name: 'permissions unknown', expect: 'error', resource: aws('storage.snapshot', {}) },
];
