import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { publicActions, publicPrincipal } from '../iam/index.js';

/** The key policy allows no principal "*" (everyone) without a condition pinning the caller. */
export default defineCheck({
  id: 'aws-kms-key-policy-public',
  title: 'KMS key policies do not allow everyone',
  rationale:
    'A key policy statement for Principal "*" lets any AWS account use (or manage) the key. Whatever data the key ' +
    'protects is then only as private as its ciphertext.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['crypto.key'],
  controls: ['KEY-03', 'DATA-03'],
  remediation:
    'Name the account or roles that need the key, or add kms:CallerAccount / aws:PrincipalOrgID conditions.',
  fix: {
    cli: 'aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json',
  },
  evaluate(key) {
    if (need<string>(key, 'managedBy') !== 'customer')
      return notApplicable('An AWS managed key, whose policy AWS sets.');
    const policy = need<PolicyStatement[]>(key, 'policy');
    const open = publicPrincipal(policy);
    if (open.length > 0)
      return fail(`The key policy allows everyone ${publicActions(policy).join(', ')}.`, [
        { path: 'policy', value: open.map((o) => policy[o.statement]) },
      ]);
    return pass('No key policy statement is open to everyone.');
  },
});
