import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { userManagedKeys } from './gcp-iam-sa-no-user-managed-keys.js';
import { A, daysSince, ev, isAsset } from './util.js';

export default defineCheck<'identity.principal', { maxAgeDays: number }>({
  id: 'gcp-iam-sa-key-rotation',
  title: 'User-managed service account keys are younger than 90 days',
  rationale:
    'Where a user-managed key cannot be avoided, rotating it regularly limits how long a copy that leaked without ' +
    'anyone noticing remains useful.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['identity.principal'],
  controls: ['IAM-06', 'KEY-02'],
  remediation: 'Create a new key, move the workload to it, and delete keys older than the rotation period.',
  fix: {
    cli: 'gcloud iam service-accounts keys create new-key.json --iam-account=SA_EMAIL && gcloud iam service-accounts keys delete OLD_KEY_ID --iam-account=SA_EMAIL',
  },
  references: { 'cis-gcp-foundations': ['1.7'] },
  params: { maxAgeDays: { description: 'oldest acceptable key, in days', default: 90 } },
  evaluate(sa, { inventory, params }) {
    if (!isAsset(sa, A.serviceAccount)) return notApplicable('Not a service account.');
    const keys = userManagedKeys(sa, inventory);
    if (!keys) throw new MissingData('keys', 'the service account keys were not collected');
    const active = keys.filter((k) => !k.disabled);
    if (active.length === 0) return notApplicable('The service account has no active user-managed key.');
    const old: string[] = [];
    for (const k of active) {
      if (!k.created)
        throw new MissingData(`keys/${k.id}.validAfterTime`, 'the key creation time was not collected');
      const age = daysSince(k.created);
      if (age === undefined || age > params.maxAgeDays)
        old.push(`${k.id} (${age === undefined ? 'unknown' : Math.floor(age)} days)`);
    }
    return old.length === 0
      ? pass(`All ${active.length} user-managed key(s) are younger than ${params.maxAgeDays} days.`)
      : fail(`Keys older than ${params.maxAgeDays} days: ${old.join(', ')}.`, [ev('oldKeys', old)]);
  },
});
