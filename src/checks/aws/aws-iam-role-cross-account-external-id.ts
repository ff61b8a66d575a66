import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { matchesAction, principalAccounts } from '../iam/index.js';

const PINNING = ['sts:externalid', 'aws:principalorgid', 'aws:principalorgpaths'];

function pinned(st: PolicyStatement): boolean {
  for (const [op, body] of Object.entries(st.conditions ?? {})) {
    if (/not|ifexists/i.test(op) || typeof body !== 'object' || body === null) continue;
    if (Object.keys(body).some((k) => PINNING.includes(k.toLowerCase()))) return true;
  }
  return false;
}

/**
 * Roles trusted by other accounts require an external id (or organisation membership), so a third party acting for
 * many customers cannot be tricked into using the role for someone else (the confused deputy).
 */
export default defineCheck({
  id: 'aws-iam-role-cross-account-external-id',
  title: 'Cross-account roles require an external id',
  rationale:
    "A vendor assuming roles in many customer accounts can be misled into using one customer's role for another. " +
    'An sts:ExternalId condition, or limiting trust to the organisation, closes that confused-deputy path.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.role'],
  controls: ['IAM-03', 'IAM-08'],
  remediation:
    'Add a StringEquals condition on sts:ExternalId with the value agreed with the third party, or aws:PrincipalOrgID for your own accounts.',
  params: {
    trustedAccounts: {
      description: 'account ids trusted without an external id (your own organisation)',
      default: [],
    },
  },
  evaluate(role, { params }) {
    const trusted = new Set([role.account, ...(params.trustedAccounts as string[])]);
    const trust = need<PolicyStatement[]>(role, 'trust');
    const crossAccount = trust.filter(
      (st) =>
        st.effect === 'allow' &&
        matchesAction(st, 'sts:AssumeRole') &&
        principalAccounts(st).some((a) => !trusted.has(a)),
    );
    if (crossAccount.length === 0) return notApplicable('No other account is trusted.');
    const open = crossAccount.filter((st) => !pinned(st));
    if (open.length > 0) {
      const accounts = [
        ...new Set(open.flatMap((st) => principalAccounts(st)).filter((a) => !trusted.has(a))),
      ];
      return fail(`Account ${accounts.join(', ')} may assume the role without an external id.`, [
        { path: 'trust', value: accounts },
      ]);
    }
    return pass('Every other account must present an external id (or be in the organisation).');
  },
});
