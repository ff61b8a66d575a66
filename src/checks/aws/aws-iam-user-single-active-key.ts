import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 1.13: no IAM user has more than one active access key. */
export default defineCheck({
  id: 'aws-iam-user-single-active-key',
  title: 'IAM users have at most one active access key',
  rationale:
    'A second active key doubles what can leak and usually means a rotation was started and never finished. One ' +
    'key per user keeps ownership and revocation simple.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['identity.principal'],
  controls: ['IAM-06'],
  remediation: 'Find which key is in use, move everything to it, then deactivate and delete the other.',
  fix: { cli: 'aws iam update-access-key --user-name USER --access-key-id OLD_KEY_ID --status Inactive' },
  references: { 'cis-aws-foundations': ['1.13'] },
  evaluate(user) {
    const type = need<string>(user, 'type');
    if (type !== 'user') return notApplicable(`A ${type}, not an IAM user.`);
    const keys = need<{ id: string; active: boolean }[]>(user, 'accessKeys');
    const active = keys.filter((k) => k.active).map((k) => k.id);
    if (active.length > 1)
      return fail(`The user has ${active.length} active access keys: ${active.join(', ')}.`, [
        { path: 'accessKeys', value: active },
      ]);
    return pass(
      active.length === 1 ? 'The user has one active access key.' : 'The user has no active access key.',
    );
  },
});
