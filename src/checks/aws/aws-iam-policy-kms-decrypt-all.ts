import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { grantsAll } from '../iam/index.js';

const ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'];

/** Customer policies do not allow decryption with every KMS key. */
export default defineCheck({
  id: 'aws-iam-policy-kms-decrypt-all',
  title: 'IAM policies do not allow decryption with all KMS keys',
  rationale:
    'Key policies usually delegate to IAM, so kms:Decrypt on "*" opens every key that trusts the account: the ' +
    'holder can read any data those keys protect, across services.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.policy'],
  controls: ['KEY-03', 'IAM-03'],
  remediation:
    'Limit kms:Decrypt and kms:ReEncryptFrom to the key ARNs the workload uses, or add a kms:ViaService condition.',
  evaluate(policy) {
    if (need<string>(policy, 'managedBy') !== 'customer') return notApplicable('An AWS managed policy.');
    const statements = need<PolicyStatement[]>(policy, 'statements');
    const wide = ACTIONS.filter((a) =>
      statements.some(
        (s) =>
          s.effect === 'allow' &&
          !s.conditions &&
          grantsAll([s, ...statements.filter((d) => d.effect === 'deny')], a, '*'),
      ),
    );
    if (wide.length > 0) return fail(`The policy allows ${wide.join(' and ')} on every key.`);
    return pass('Decryption is limited to named keys or conditioned.');
  },
});
