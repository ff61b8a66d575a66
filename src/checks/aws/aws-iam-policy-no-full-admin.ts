import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { hasFullAdminStatement } from '../iam/index.js';

/** CIS AWS 1.16: no attached policy has an Allow of "*" actions on "*" resources. */
export default defineCheck({
  id: 'aws-iam-policy-no-full-admin',
  title: 'No attached IAM policy grants full "*:*" administrator access',
  rationale:
    'A policy that allows every action on every resource makes whoever holds it an administrator. Least privilege ' +
    'means granting the actions a job needs, and keeping full access to a few break-glass roles.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.policy'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Replace the "*" on "*" statement with the actions and resources actually needed, or detach the policy from ' +
    'everyone who does not need full administration.',
  fix: { cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn POLICY_ARN' },
  references: { 'cis-aws-foundations': ['1.16'] },
  evaluate(policy) {
    const attached = need<string[]>(policy, 'attachedTo');
    if (attached.length === 0) return notApplicable('The policy is not attached to anyone.');
    const statements = need<Parameters<typeof hasFullAdminStatement>[0]>(policy, 'statements');
    if (hasFullAdminStatement(statements))
      return fail(`The policy allows "*" on "*" and is attached to ${attached.join(', ')}.`, [
        { path: 'attachedTo', value: attached },
      ]);
    return pass('The policy has no "*" on "*" statement.');
  },
});
