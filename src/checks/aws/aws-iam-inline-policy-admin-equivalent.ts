import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { adminEquivalence } from '../iam/index.js';

/** Inline policies of users and roles do not grant administrator-equivalent access (policy analyser). */
export default defineCheck({
  id: 'aws-iam-inline-policy-admin-equivalent',
  title: 'Inline IAM policies are not administrator-equivalent',
  rationale:
    'Inline policies are invisible in the list of managed policies and are reviewed less often. Administrator ' +
    'access written inline is easy to miss in an access review.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.principal', 'identity.role'],
  controls: ['IAM-03', 'IAM-04', 'IAM-07'],
  remediation:
    'Replace the inline policy with a scoped managed policy; keep administrator access in dedicated roles.',
  evaluate(principal) {
    if (principal.id.includes(':role/aws-service-role/')) return notApplicable('A service-linked role.');
    const inline = need<PolicyStatement[][]>(principal, 'inlinePolicies');
    if (inline.length === 0) return notApplicable('No inline policies.');
    const admin = inline.map((p, i) => ({ i, f: adminEquivalence(p) })).filter((x) => x.f.length > 0);
    if (admin.length > 0)
      return fail(
        `Inline policy ${admin.map((a) => `${a.i + 1} ${a.f[0]?.description ?? ''}`).join('; ')}.`,
        [{ path: 'inlinePolicies', value: admin.map((a) => a.i) }],
      );
    return pass(`None of the ${inline.length} inline policies is administrator-equivalent.`);
  },
});
