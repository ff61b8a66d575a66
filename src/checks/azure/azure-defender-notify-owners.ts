import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isSubscription, nodeValue, securityContact } from './util.js';

export default defineCheck({
  id: 'azure-defender-notify-owners',
  title: 'Defender for Cloud alerts notify subscription owners',
  rationale:
    'Subscription owners can act on an alert immediately; notifying them by role keeps alerts reaching someone even ' +
    'when the listed addresses go stale.',
  severity: 'low',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['LOG-05', 'IR-01'],
  remediation:
    'In Defender for Cloud email notifications, turn on "All users with the following roles" and include Owner.',
  fix: {
    cli: 'az rest --method put --url https://management.azure.com/subscriptions/SUB/providers/Microsoft.Security/securityContacts/default?api-version=2023-12-01-preview --body @contact.json',
  },
  references: { 'cis-azure-foundations': ['2.1.18'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    const contact = securityContact(sub, inventory);
    if (!contact) return fail('No security contact is configured, so owners are not notified.');
    const state = String(nodeValue(contact, 'properties.notificationsByRole.state') ?? '');
    const roles = (nodeValue<unknown[]>(contact, 'properties.notificationsByRole.roles') ?? []).map((r) =>
      String(r).toLowerCase(),
    );
    const legacy = String(nodeValue(contact, 'properties.alertsToAdmins') ?? '').toLowerCase() === 'on';
    const ok = (state.toLowerCase() === 'on' && roles.includes('owner')) || legacy;
    return ok
      ? pass('Alerts are sent to subscription owners.', [ev('notificationsByRole', { state, roles })])
      : fail('Alerts are not sent to subscription owners.', [ev('notificationsByRole', { state, roles })]);
  },
});
