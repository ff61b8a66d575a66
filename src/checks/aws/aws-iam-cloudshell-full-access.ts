import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 1.22: the AWSCloudShellFullAccess managed policy is attached to no one. */
export default defineCheck({
  id: 'aws-iam-cloudshell-full-access',
  title: 'AWSCloudShellFullAccess is not attached',
  rationale:
    'CloudShell with full access lets users upload and download files to an environment inside the account, a ' +
    'convenient path for moving data in and out outside the usual controls.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['identity.policy'],
  controls: ['IAM-03', 'NET-06'],
  remediation:
    'Detach AWSCloudShellFullAccess and grant a custom CloudShell policy without file transfer where it is needed.',
  fix: {
    cli: 'aws iam detach-user-policy --user-name USER --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
  },
  references: { 'cis-aws-foundations': ['1.22'] },
  evaluate(policy) {
    if (!policy.id.endsWith(':policy/AWSCloudShellFullAccess'))
      return notApplicable('Not the AWSCloudShellFullAccess policy.');
    const attached = need<string[]>(policy, 'attachedTo');
    return attached.length > 0
      ? fail(`AWSCloudShellFullAccess is attached to ${attached.join(', ')}.`, [
          { path: 'attachedTo', value: attached },
        ])
      : pass('AWSCloudShellFullAccess is attached to no one.');
  },
});
