import type { CheckCase } from '../testing.js';
import { aws, daysAhead } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'enabled',
    expect: 'pass',
    resource: aws('crypto.key', { managedBy: 'customer', state: 'Enabled' }),
  },
  {
    name: 'pending deletion',
    expect: 'fail',
    resource: aws(
      'crypto.key',
      { managedBy: 'customer', state: 'PendingDeletion' },
      { raw: { DeletionDate: daysAhead(7) } },
    ),
  },
  {
    name: 'AWS managed',
    expect: 'not_applicable',
    resource: aws('crypto.key', { managedBy: 'provider', state: 'Enabled' }),
  },
  { name: 'state unknown', expect: 'error', resource: aws('crypto.key', { managedBy: 'customer' }) },
];
