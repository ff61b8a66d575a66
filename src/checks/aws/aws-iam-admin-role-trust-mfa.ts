import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isAdminEquivalent, matchesAction } from '../iam/index.js';
import { gatherPolicies } from './iam-util.js';

function requiresMfa(st: PolicyStatement): boolean {
  for (const [op, body] of Object.entries(st.conditions ?? {})) {
    if (typeof body !== 'object' || body === null || /ifexists/i.test(op)) continue;
    for (const [key, value] of Object.entries(body)) {
      const k = key.toLowerCase();
      if (k === 'aws:multifactorauthpresent' && /^bool$/i.test(op) && String(value).toLowerCase() === 'true')
        return true;
      if (k === 'aws:multifactorauthage' && /^numericlessthan(equals)?$/i.test(op)) return true;
    }
  }
  return false;
}

/**
 * Roles with administrator-equivalent permissions that IAM users or accounts can assume require MFA in the trust
 * policy. Relational: the role's managed policies are looked up in the inventory.
 */
export default defineCheck({
  id: 'aws-iam-admin-role-trust-mfa',
  title: 'Administrator roles can only be assumed with MFA',
  rationale:
    'An administrator role assumable with long-term access keys alone turns any leaked key of a trusted user into ' +
    'full control. Requiring aws:MultiFactorAuthPresent in the trust policy keeps a second factor in the path.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.role'],
  controls: ['IAM-02', 'IAM-04'],
  remediation:
    'Add a Bool condition aws:MultiFactorAuthPresent = true to the trust statements for IAM principals, or move ' +
    'human administrators to IAM Identity Center.',
  evaluate(role, { inventory }) {
    if (role.id.includes(':role/aws-service-role/')) return notApplicable('A service-linked role.');
    const trust = need<PolicyStatement[]>(role, 'trust');
    const human = trust.filter(
      (st) =>
        st.effect === 'allow' &&
        matchesAction(st, 'sts:AssumeRole') &&
        (st.principals ?? []).some((p) => p === '*' || p.startsWith('aws:')),
    );
    if (human.length === 0)
      return notApplicable('Only services or federated identity providers may assume the role.');
    const { statements } = gatherPolicies(role, inventory);
    if (!isAdminEquivalent(statements)) return notApplicable('The role is not administrator-equivalent.');
    const open = human.filter((st) => !requiresMfa(st));
    if (open.length > 0)
      return fail('IAM principals can assume this administrator role without MFA.', [
        { path: 'trust', value: open },
      ]);
    return pass('Assuming this administrator role requires MFA.');
  },
});
