import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { closedAccount } from './util.js';

const SUPPORT = 'arn:aws:iam::aws:policy/AWSSupportAccess';

/**
 * CIS AWS 1.17: a role holds the AWSSupportAccess managed policy, so incidents can be raised with AWS Support
 * without root or broad administrator access. Looks the policy up by its ARN; failing that, the account's roles.
 */
export default defineCheck({
  id: 'aws-iam-support-role',
  title: 'A support role exists for handling incidents with AWS Support',
  rationale:
    'During an incident someone must be able to open and follow AWS Support cases. A dedicated role with the ' +
    'AWSSupportAccess policy gives them that without handing out the root user or administrator access.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IR-01', 'IAM-03'],
  remediation:
    'Create an IAM role that the incident responders can assume and attach the AWS managed policy AWSSupportAccess.',
  fix: {
    cli: 'aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    terraform:
      'resource "aws_iam_role_policy_attachment" "support" {\n  role = aws_iam_role.support.name\n  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"\n}',
  },
  references: { 'cis-aws-foundations': ['1.17'] },
  evaluate(account, { inventory }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const policy = inventory.byId(SUPPORT);
    const attachedTo = (policy?.properties as { attachedTo?: unknown } | undefined)?.attachedTo;
    if (Array.isArray(attachedTo)) {
      const roles = (attachedTo as string[]).filter((t) => t.includes(':role/'));
      return roles.length > 0
        ? pass(`AWSSupportAccess is attached to ${roles.join(', ')}.`, [
            { path: 'attachedTo', value: roles, resource: SUPPORT },
          ])
        : fail('The AWSSupportAccess policy is attached to no role.', [
            { path: 'attachedTo', value: attachedTo, resource: SUPPORT },
          ]);
    }
    const roles = inventory.byKind('identity.role').filter((r) => r.account === account.account);
    if (roles.length === 0)
      throw new MissingData('identity.role', 'no IAM roles of this account were collected');
    const holders = roles.filter((r) => {
      const attached = (r.properties as { attachedPolicies?: unknown }).attachedPolicies;
      return (
        Array.isArray(attached) && (attached as string[]).some((a) => a.endsWith(':policy/AWSSupportAccess'))
      );
    });
    if (holders.length > 0)
      return pass(`AWSSupportAccess is attached to ${holders.map((h) => h.id).join(', ')}.`);
    return fail('No role in the account has the AWSSupportAccess policy.');
  },
});
