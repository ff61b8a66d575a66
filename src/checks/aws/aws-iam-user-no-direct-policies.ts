import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 1.15: IAM users get permissions only through groups. */
export default defineCheck({
  id: 'aws-iam-user-no-direct-policies',
  title: 'IAM users receive permissions only through groups',
  rationale:
    'Policies attached to individual users pile up, escape review and outlive the job they were granted for. ' +
    'Granting through groups (or roles) keeps permissions tied to a function that can be reviewed as a whole.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['identity.principal'],
  controls: ['IAM-03', 'IAM-07'],
  remediation:
    'Move the permissions to a group that matches the job, add the user to it, then detach and delete the user policies.',
  fix: {
    cli: 'aws iam add-user-to-group --user-name USER --group-name GROUP && aws iam detach-user-policy --user-name USER --policy-arn POLICY_ARN && aws iam delete-user-policy --user-name USER --policy-name INLINE_POLICY',
  },
  references: { 'cis-aws-foundations': ['1.15'] },
  evaluate(user) {
    const type = need<string>(user, 'type');
    if (type !== 'user') return notApplicable(`A ${type}, not an IAM user.`);
    const attached = need<string[]>(user, 'attachedPolicies');
    const inline = need<unknown[]>(user, 'inlinePolicies');
    if (attached.length + inline.length > 0)
      return fail(
        `The user has ${attached.length} attached and ${inline.length} inline policies of its own.`,
        [
          { path: 'attachedPolicies', value: attached },
          { path: 'inlinePolicies', value: inline.length },
        ],
      );
    return pass('The user has no policies of its own.');
  },
});
