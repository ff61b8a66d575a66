import type { Resource } from '../../core/index.js';
import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, ofType, once, value } from './util.js';

const CONTACT = 'essentialcontacts.googleapis.com/Contact';
const REQUIRED = ['LEGAL', 'SECURITY', 'SUSPENSION', 'TECHNICAL'];

export default defineCheck({
  id: 'gcp-org-essential-contacts',
  title: 'The organization has essential contacts for security and other notices',
  rationale:
    'Google sends notices about security incidents, account suspension, legal matters and technical problems to ' +
    'essential contacts. Without them, such notices reach whoever happens to hold an admin role — or nobody.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['identity.account'],
  controls: ['IR-01', 'IR-02'],
  remediation:
    'Add essential contacts on the organization covering at least the Legal, Security, Suspension and Technical categories (or All).',
  fix: {
    cli: 'gcloud essential-contacts create --email=secops@example.com --notification-categories=security,technical,legal,suspension --organization=ORG_ID',
  },
  references: { 'cis-gcp-foundations': ['1.16'] },
  evaluate(org, { inventory }) {
    if (!isAsset(org, A.organization)) return notApplicable('Not an organization.');
    if (ofType(inventory, CONTACT).length === 0)
      throw new MissingData(
        'essentialContacts',
        'no essential contacts were collected, so their absence cannot be told',
      );
    const byParent = once(inventory, 'gcp:essential-contacts', () => {
      const m = new Map<string, Resource[]>();
      for (const c of ofType(inventory, CONTACT)) {
        const parent = /^\/\/essentialcontacts\.googleapis\.com\/(organizations\/[^/]+)/.exec(c.id)?.[1];
        if (parent) m.set(parent, [...(m.get(parent) ?? []), c]);
      }
      return m;
    });
    const orgKey = org.id.replace('//cloudresourcemanager.googleapis.com/', '');
    const contacts = byParent.get(orgKey) ?? [];
    const categories = new Set(
      contacts.flatMap((c) => (value<unknown[]>(c, 'notificationCategorySubscriptions') ?? []).map(String)),
    );
    const missing = categories.has('ALL') ? [] : REQUIRED.filter((r) => !categories.has(r));
    const evidence = [
      ev('categories', [...categories]),
      ev(
        'contacts',
        contacts.map((c) => String(value(c, 'email') ?? c.id)),
      ),
    ];
    return missing.length === 0
      ? pass('Essential contacts cover security, legal, suspension and technical notices.', evidence)
      : fail(`No essential contact for: ${missing.join(', ')}.`, evidence);
  },
});
