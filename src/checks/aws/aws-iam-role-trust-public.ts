import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { matchesAction, publicPrincipal } from '../iam/index.js';

/** A role trust policy lets anyone (Principal "*") assume the role without a condition pinning the caller. */
export default defineCheck({
  id: 'aws-iam-role-trust-public',
  title: 'IAM role trust policies do not trust everyone',
  rationale:
    'A trust policy with Principal "*" lets any AWS account in the world call sts:AssumeRole and act with the ' +
    "role's permissions, unless a condition such as aws:PrincipalOrgID or aws:SourceAccount narrows who may.",
  severity: 'critical',
  providers: ['aws'],
  kinds: ['identity.role'],
  controls: ['IAM-03', 'DATA-03'],
  remediation:
    'Name the trusted accounts, roles or services in the Principal element, or add an aws:PrincipalOrgID condition.',
  fix: { cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust.json' },
  evaluate(role) {
    if (role.id.includes(':role/aws-service-role/'))
      return notApplicable('A service-linked role, whose trust AWS manages.');
    const trust = need<PolicyStatement[]>(role, 'trust');
    const open = publicPrincipal(trust).filter((p) => {
      const st = trust[p.statement];
      return (
        st !== undefined &&
        ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'].some((a) =>
          matchesAction(st, a),
        )
      );
    });
    if (open.length > 0)
      return fail(
        `Statement ${open.map((o) => o.statement + 1).join(', ')} of the trust policy lets anyone assume the role.`,
        [{ path: 'trust', value: open.map((o) => trust[o.statement]) }],
      );
    return pass('The trust policy names who may assume the role.');
  },
});
