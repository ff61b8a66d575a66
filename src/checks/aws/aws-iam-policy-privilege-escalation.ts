import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { privilegeEscalationPaths } from '../iam/index.js';

/** Customer-managed policies that open a known privilege-escalation path (policy analyser). */
export default defineCheck({
  id: 'aws-iam-policy-privilege-escalation',
  title: 'Customer-managed IAM policies open no privilege-escalation path',
  rationale:
    'Some permissions are administrator access in disguise: rewriting or attaching policies, creating keys for ' +
    'other users, editing role trust, or passing a powerful role to a service that runs code the holder controls.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.policy'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Remove the listed permissions, or scope them to specific resources (iam:PassRole to named roles with an ' +
    "iam:PassedToService condition; credential actions to the caller's own user with the aws:username policy variable).",
  evaluate(policy) {
    if (need<string>(policy, 'managedBy') !== 'customer') return notApplicable('An AWS managed policy.');
    const attached = policy.properties.attachedTo;
    if (attached && attached.length === 0) return notApplicable('The policy is not attached to anyone.');
    const paths = privilegeEscalationPaths(need<PolicyStatement[]>(policy, 'statements'));
    if (paths.length > 0)
      return fail(
        `The policy lets its holder ${paths
          .slice(0, 3)
          .map((p) => p.description)
          .join('; ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}.`,
        [{ path: 'statements', value: paths.map((p) => p.id) }],
      );
    return pass('No known escalation path is open.');
  },
});
