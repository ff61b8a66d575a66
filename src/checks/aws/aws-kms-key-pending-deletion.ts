import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** No customer managed key is scheduled for deletion without that being noticed. */
export default defineCheck({
  id: 'aws-kms-key-pending-deletion',
  title: 'KMS keys are not pending deletion',
  rationale:
    'Deleting a KMS key makes everything encrypted under it unreadable for good. A key pending deletion is either a ' +
    'planned clean-up or an attack on data availability; the waiting period is the only chance to cancel.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['crypto.key'],
  controls: ['KEY-04'],
  remediation: 'Confirm nothing still needs the key; otherwise cancel the deletion and re-enable the key.',
  fix: { cli: 'aws kms cancel-key-deletion --key-id KEY_ID && aws kms enable-key --key-id KEY_ID' },
  evaluate(key) {
    if (need<string>(key, 'managedBy') !== 'customer') return notApplicable('An AWS managed key.');
    const state = need<string>(key, 'state');
    if (state === 'PendingDeletion' || state === 'PendingReplicaDeletion') {
      const when = rawAt(key, 'DeletionDate');
      return fail(`The key is scheduled for deletion${when ? ` on ${String(when)}` : ''}.`, [
        { path: 'state', value: state },
      ]);
    }
    return pass(`The key is ${state}.`, [{ path: 'state', value: state }]);
  },
});
