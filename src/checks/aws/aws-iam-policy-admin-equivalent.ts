import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { adminEquivalence } from '../iam/index.js';

/**
 * Customer-managed policies that amount to administrator access: "*" on "*", an Allow with NotAction on every
 * resource, or every IAM action (enough to grant the rest). Decided by the policy analyser.
 */
export default defineCheck({
  id: 'aws-iam-policy-admin-equivalent',
  title: 'Customer-managed IAM policies are not administrator-equivalent',
  rationale:
    'Administrator access often hides behind forms that do not read as "*:*": a NotAction that excludes only a few ' +
    'services, or full IAM rights that let the holder grant itself anything. They are just as powerful.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.policy'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Rewrite the policy to list the actions and resources the job needs; keep administrator access in a few ' +
    'dedicated, MFA-protected roles.',
  evaluate(policy) {
    if (need<string>(policy, 'managedBy') !== 'customer') return notApplicable('An AWS managed policy.');
    const attached = policy.properties.attachedTo;
    if (attached && attached.length === 0) return notApplicable('The policy is not attached to anyone.');
    const statements = need<PolicyStatement[]>(policy, 'statements');
    const findings = adminEquivalence(statements);
    if (findings.length > 0)
      return fail(
        `The policy is administrator-equivalent: statement ${findings.map((f) => `${f.statement + 1} ${f.description}`).join('; ')}.`,
        [{ path: 'statements', value: findings.map((f) => f.reason) }],
      );
    return pass('The policy does not grant administrator-equivalent access.');
  },
});
