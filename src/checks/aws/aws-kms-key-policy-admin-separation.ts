import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { grantsAll } from '../iam/index.js';

/**
 * Key administration and key use are separated: no principal other than the account root (which delegates to IAM)
 * is granted kms:* in the key policy.
 */
export default defineCheck({
  id: 'aws-kms-key-policy-admin-separation',
  title: 'KMS key policies separate administration from use',
  rationale:
    'Granting kms:* to a role lets the same identity both use the key and change its policy, disable it or schedule ' +
    'its deletion. Separating the duties means no single compromised role can both read and destroy.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['crypto.key'],
  controls: ['KEY-03'],
  remediation:
    'Give administrators the key-management actions only and users the cryptographic actions only, instead of kms:*.',
  evaluate(key) {
    if (need<string>(key, 'managedBy') !== 'customer') return notApplicable('An AWS managed key.');
    const policy = need<PolicyStatement[]>(key, 'policy');
    const offenders = new Set<string>();
    for (const st of policy) {
      if (st.effect !== 'allow' || !grantsAll([st], 'kms:*')) continue;
      for (const p of st.principals ?? ['*'])
        if (!/^aws:arn:[^:]+:iam::\d{12}:root$/.test(p)) offenders.add(p);
    }
    if (offenders.size > 0)
      return fail(`kms:* is granted to ${[...offenders].join(', ')}.`, [
        { path: 'policy', value: [...offenders] },
      ]);
    return pass('Only the account root holds kms:* (delegating to IAM).');
  },
});
