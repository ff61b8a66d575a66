import type { CheckCase } from '../testing.js';
import { SUB_ID, subscription, subscriptionResource } from './testkit.js';

const contact = (properties: Record<string, unknown>, sub = SUB_ID) =>
  subscriptionResource(
    'monitoring.config',
    'Microsoft.Security/securityContacts',
    'default',
    properties,
    sub,
  );
const OTHER = '/subscriptions/00000000-0000-0000-0000-00000000b002';

export const cases: CheckCase[] = [
  {
    name: 'compliant contact',
    expect: 'pass',
    resource: subscription(),
    inventory: [
      contact({
        emails: 'secops@example.com;cloudsec@example.com',
        notificationsByRole: { state: 'On', roles: ['Owner'] },
      }),
    ],
  },
  {
    name: 'compliant contact, other API version',
    expect: 'pass',
    resource: subscription(),
    inventory: [contact({ email: 'soc@example.com', alertNotifications: 'On', alertsToAdmins: 'On' })],
  },
  {
    name: 'non-compliant contact',
    expect: 'fail',
    resource: subscription(),
    inventory: [contact({ emails: '', notificationsByRole: { state: 'On', roles: ['Owner'] } })],
  },
  {
    name: 'no contact for this subscription (another has one)',
    expect: 'fail',
    resource: subscription(),
    inventory: [
      contact(
        {
          emails: 'secops@example.com;cloudsec@example.com',
          notificationsByRole: { state: 'On', roles: ['Owner'] },
        },
        OTHER,
      ),
    ],
  },
  {
    name: 'a management group',
    expect: 'not_applicable',
    resource: subscription({}, { id: '/providers/microsoft.management/managementgroups/root' }),
  },
  { name: 'contacts not collected', expect: 'error', resource: subscription(), message: 'securityContacts' },
];
