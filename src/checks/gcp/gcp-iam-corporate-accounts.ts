import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { bindings, ev, memberEmail, memberType, policyScope } from './util.js';

const CONSUMER = /@(gmail|googlemail)\.com$/i;

export default defineCheck<'identity.policy', { allowedDomains: string[] }>({
  id: 'gcp-iam-corporate-accounts',
  title: 'Access is granted to corporate accounts, not personal ones',
  rationale:
    "Personal Google accounts (gmail.com) are outside the organisation's control: no enforced MFA, no offboarding, " +
    'no audit. Access granted to them survives the person leaving.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['identity.policy'],
  controls: ['IAM-01', 'IAM-05'],
  remediation:
    "Replace personal accounts with accounts in the organisation's Cloud Identity / Workspace domain; restrict " +
    'sharing with the domain-restricted sharing organization policy. Set allowedDomains to flag every other domain.',
  references: { 'cis-gcp-foundations': ['1.1'] },
  params: {
    allowedDomains: {
      description: 'corporate domains; when set, users and groups of any other domain are flagged too',
      default: [],
    },
  },
  evaluate(p, { params }) {
    const { target } = policyScope(p);
    const domains = params.allowedDomains.map((d) => d.toLowerCase());
    const personal = new Set<string>();
    let people = 0;
    for (const b of bindings(p)) {
      for (const m of b.members) {
        if (!['user', 'group'].includes(memberType(m))) continue;
        people++;
        const email = memberEmail(m).toLowerCase();
        const domain = email.split('@')[1] ?? '';
        if (CONSUMER.test(email) || (domains.length > 0 && !domains.includes(domain))) personal.add(email);
      }
    }
    if (people === 0) return notApplicable('The policy grants nothing to users or groups.');
    if (personal.size === 0) return pass(`Only corporate accounts are granted access on ${target}.`);
    return fail(`Accounts outside the organisation hold roles on ${target}: ${[...personal].join(', ')}.`, [
      ev('members', [...personal]),
    ]);
  },
});
