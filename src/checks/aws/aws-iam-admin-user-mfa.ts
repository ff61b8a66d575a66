import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isAdminEquivalent } from '../iam/index.js';
import { gatherPolicies } from './iam-util.js';

/**
 * IAM users whose policies (their own and their groups') amount to administrator access have MFA. Relational:
 * managed policies and groups are looked up in the inventory.
 */
export default defineCheck({
  id: 'aws-iam-admin-user-mfa',
  title: 'Administrator IAM users have MFA',
  rationale:
    'A user with administrator-equivalent permissions and no second factor is one leaked password or key away ' +
    'from a full account takeover.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['identity.principal'],
  controls: ['IAM-02', 'IAM-04'],
  remediation:
    'Register an MFA device for the user now; better, replace administrator users with MFA-protected roles.',
  evaluate(user, { inventory }) {
    const type = need<string>(user, 'type');
    if (type !== 'user') return notApplicable(`A ${type}, not an IAM user.`);
    const groups = need<string[]>(user, 'groups');
    const { statements } = gatherPolicies(user, inventory, groups);
    if (!isAdminEquivalent(statements)) return notApplicable('The user is not administrator-equivalent.');
    return need<boolean>(user, 'mfa')
      ? pass('The administrator user has MFA.')
      : fail('The user has administrator-equivalent permissions and no MFA device.', [
          { path: 'mfa', value: false },
        ]);
  },
});
