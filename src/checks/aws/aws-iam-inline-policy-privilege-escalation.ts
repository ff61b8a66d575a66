import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { privilegeEscalationPaths } from '../iam/index.js';

/** Inline policies of users and roles open no known privilege-escalation path (policy analyser). */
export default defineCheck({
  id: 'aws-iam-inline-policy-privilege-escalation',
  title: 'Inline IAM policies open no privilege-escalation path',
  rationale:
    'A principal that can attach policies, mint credentials for others, edit role trust or pass a powerful role to ' +
    'a service it controls can make itself an administrator, whatever its policy looks like at first sight.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.principal', 'identity.role'],
  controls: ['IAM-03', 'IAM-04'],
  remediation:
    'Remove the escalation permissions from the inline policy, or scope them to specific resources and services.',
  evaluate(principal) {
    if (principal.id.includes(':role/aws-service-role/')) return notApplicable('A service-linked role.');
    const inline = need<PolicyStatement[][]>(principal, 'inlinePolicies');
    if (inline.length === 0) return notApplicable('No inline policies.');
    // Together: a path may need one permission from each of two inline policies.
    const paths = privilegeEscalationPaths(inline.flat());
    if (paths.length > 0)
      return fail(
        `The inline policies let the principal ${paths
          .slice(0, 3)
          .map((p) => p.description)
          .join('; ')}.`,
        [{ path: 'inlinePolicies', value: paths.map((p) => p.id) }],
      );
    return pass('The inline policies open no known escalation path.');
  },
});
