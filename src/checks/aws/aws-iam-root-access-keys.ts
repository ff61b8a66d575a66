import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { closedAccount } from './util.js';

/** CIS AWS 1.4: the root user has no access keys. */
export default defineCheck({
  id: 'aws-iam-root-access-keys',
  title: 'The root user has no access keys',
  rationale:
    'Root access keys carry unrestricted power over the whole account, cannot be narrowed by IAM policies, and are ' +
    'easily leaked from scripts and laptops. No task needs them: use IAM roles or users with scoped permissions.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-04', 'IAM-06'],
  remediation:
    'Sign in as the root user, open Security credentials, and delete every access key. Move any automation that ' +
    'used them to an IAM role.',
  references: { 'cis-aws-foundations': ['1.4'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const keys = need<boolean>(account, 'rootAccessKeys');
    if (keys)
      return fail('The root user has at least one access key.', [{ path: 'rootAccessKeys', value: true }]);
    return pass('The root user has no access keys.', [{ path: 'rootAccessKeys', value: false }]);
  },
});
