import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { closedAccount, field, needRawList } from './util.js';

/**
 * CIS AWS 1.2: a security alternate contact is registered. Reads `raw.AlternateContacts`, the `AlternateContact`
 * objects returned by `aws account get-alternate-contact` for the types that are set.
 */
export default defineCheck({
  id: 'aws-account-security-contact',
  title: 'A security contact is registered for the account',
  rationale:
    'AWS sends abuse reports, compromise notices and security advisories to the security contact. Without one they ' +
    'go to the account owner address, which may not be read by the people who respond to incidents.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IR-01', 'IR-02'],
  remediation: 'Set the SECURITY alternate contact to a monitored team mailbox and phone number.',
  fix: {
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --email-address security@example.com --name "Security team" --phone-number "+1-555-0100" --title "Security"',
    terraform:
      'resource "aws_account_alternate_contact" "security" {\n  alternate_contact_type = "SECURITY"\n  name = "Security team"\n  title = "Security"\n  email_address = "security@example.com"\n  phone_number = "+1-555-0100"\n}',
  },
  references: { 'cis-aws-foundations': ['1.2'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const contacts = needRawList(account, 'AlternateContacts');
    const security = contacts.find(
      (c) => String(field(c, 'AlternateContactType') ?? '').toUpperCase() === 'SECURITY',
    );
    if (!security || !field(security, 'EmailAddress'))
      return fail('No security contact with an email address is registered.');
    return pass(`Security notices go to ${String(field(security, 'EmailAddress'))}.`);
  },
});
