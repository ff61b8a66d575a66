import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { ev, isSubscription, nodeValue, securityContact } from './util.js';

export default defineCheck({
  id: 'azure-defender-contact-email',
  title: 'Defender for Cloud has a security contact email',
  rationale:
    "Microsoft and Defender for Cloud send notice of detected compromises to the subscription's security contact. " +
    'Without a monitored address, those notices go nowhere useful.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['identity.account'],
  controls: ['IR-01', 'IR-02'],
  remediation:
    'Set one or more monitored security team addresses as "Additional email addresses" in the Defender for Cloud email notifications.',
  fix: {
    cli: 'az security contact create --name default --emails secops@example.com --alert-notifications on',
  },
  references: { 'cis-azure-foundations': ['2.1.19'] },
  evaluate(sub, { inventory }) {
    if (!isSubscription(sub)) return notApplicable('Not a subscription.');
    const contact = securityContact(sub, inventory);
    const emails = contact
      ? String(nodeValue(contact, 'properties.emails') ?? nodeValue(contact, 'properties.email') ?? '')
      : '';
    const list = emails
      .split(/[;,]/)
      .map((e) => e.trim())
      .filter(Boolean);
    return list.length > 0
      ? pass(`Security notices go to ${list.join(', ')}.`, [ev('securityContacts/default.emails', list)])
      : fail('No security contact email is set for the subscription.', [
          ev('securityContacts/default.emails', []),
        ]);
  },
});
