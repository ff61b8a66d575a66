import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { daysSince } from './util.js';

/** CIS AWS 1.14: active access keys are at most 90 days old. */
export default defineCheck({
  id: 'aws-iam-access-key-rotation',
  title: 'Access keys are rotated every 90 days',
  rationale:
    'Long-lived keys end up in old laptops, CI logs and repositories. Rotating them limits how long a copy made ' +
    'without anyone noticing stays useful.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.principal'],
  controls: ['IAM-06', 'KEY-02'],
  remediation:
    'Create a new key, switch the consumer to it, deactivate the old key, then delete it. Better, replace user keys ' +
    'with roles or IAM Identity Center credentials.',
  fix: {
    cli: 'aws iam create-access-key --user-name USER && aws iam update-access-key --user-name USER --access-key-id OLD_KEY_ID --status Inactive',
  },
  references: { 'cis-aws-foundations': ['1.14'] },
  params: { maxAgeDays: { description: 'oldest acceptable age of an active key', default: 90 } },
  evaluate(user, { params }) {
    const type = need<string>(user, 'type');
    if (type !== 'user') return notApplicable(`A ${type}, not an IAM user.`);
    const keys = need<{ id: string; active: boolean; created: string }[]>(user, 'accessKeys').filter(
      (k) => k.active,
    );
    if (keys.length === 0) return notApplicable('The user has no active access key.');
    const limit = Number(params.maxAgeDays);
    const old: string[] = [];
    for (const k of keys) {
      const age = daysSince(k.created);
      if (age === undefined)
        throw new MissingData('accessKeys.created', `unreadable creation date of ${k.id}`);
      if (age > limit) old.push(`${k.id} (${age} days)`);
    }
    if (old.length > 0) return fail(`Active keys older than ${limit} days: ${old.join(', ')}.`);
    return pass(`Every active key is younger than ${limit} days.`);
  },
});
