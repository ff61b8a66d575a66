import type { CheckCase } from '../testing.js';
import { aws, daysAgo } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'in use',
    expect: 'pass',
    resource: aws('storage.volume', { state: 'in-use', attachedTo: ['i-1'] }),
  },
  {
    name: 'new and detached',
    expect: 'pass',
    resource: aws('storage.volume', { state: 'available' }, { raw: { CreateTime: daysAgo(2) } }),
  },
  {
    name: 'detached for months',
    expect: 'fail',
    resource: aws('storage.volume', { state: 'available' }, { raw: { CreateTime: daysAgo(200) } }),
  },
  { name: 'being deleted', expect: 'not_applicable', resource: aws('storage.volume', { state: 'deleting' }) },
  { name: 'state unknown', expect: 'error', resource: aws('storage.volume', {}) },
];
