import type { CheckCase } from '../testing.js';
import { az } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';
const va = (recurringScans: Record<string, unknown>) => ({
  properties: {},
  resources: [
    {
      type: 'vulnerabilityAssessments',
      name: 'default',
      properties: { storageContainerPath: 'https://va.blob.core.windows.net/va/', recurringScans },
    },
  ],
});

export const cases: CheckCase[] = [
  {
    name: 'emails and admins',
    expect: 'pass',
    resource: az(
      'database.instance',
      SERVER,
      's1',
      va({ isEnabled: true, emails: ['secops@example.com'], emailSubscriptionAdmins: true }),
    ),
  },
  {
    name: 'no recipients',
    expect: 'fail',
    resource: az(
      'database.instance',
      SERVER,
      's2',
      va({ isEnabled: true, emails: [], emailSubscriptionAdmins: true }),
    ),
    message: 'no recipient addresses',
  },
  {
    name: 'admins not notified',
    expect: 'fail',
    resource: az(
      'database.instance',
      SERVER,
      's3',
      va({ isEnabled: true, emails: ['secops@example.com'], emailSubscriptionAdmins: false }),
    ),
  },
  {
    name: 'classic VA not configured',
    expect: 'not_applicable',
    resource: az('database.instance', SERVER, 's4', { properties: {}, resources: [] }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 's5', { properties: {} }),
  },
];
