import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { armNeed, armValue, daysSince, ev, isType, T } from './util.js';

export default defineCheck<'storage.bucket', { maxAgeDays: number }>({
  id: 'azure-storage-access-keys-rotated',
  title: 'Storage account access keys are regenerated regularly',
  rationale:
    'Each account key grants full control of all data in the account. Keys that are never regenerated outlive ' +
    'the people and systems that once held them; regenerating them on a schedule limits what a leaked key is worth.',
  severity: 'medium',
  providers: ['azure'],
  kinds: ['storage.bucket'],
  controls: ['IAM-06'],
  remediation:
    'Regenerate key1 and key2 (one at a time, after moving clients to the other key), and prefer Entra ID or ' +
    'user-delegation SAS over account keys.',
  fix: { cli: 'az storage account keys renew --account-name ACCOUNT --resource-group RG --key primary' },
  references: { 'cis-azure-foundations': ['3.4'] },
  params: { maxAgeDays: { description: 'oldest acceptable key, in days', default: 90 } },
  evaluate(account, { params }) {
    if (!isType(account, T.storage)) return notApplicable('Not a storage account.');
    if (armValue<boolean>(account, 'properties.allowSharedKeyAccess') === false)
      return notApplicable('Shared key access is disabled, so the account keys cannot be used.');
    const times = armNeed<Record<string, unknown>>(account, 'properties.keyCreationTime');
    const old: string[] = [];
    for (const key of ['key1', 'key2']) {
      const created = armNeed<string>(account, `properties.keyCreationTime.${key}`);
      const age = daysSince(String(created));
      if (age === undefined) return fail(`The creation time of ${key} does not parse: ${String(created)}.`);
      if (age > params.maxAgeDays) old.push(`${key} (${Math.floor(age)} days)`);
    }
    return old.length === 0
      ? pass(`Both keys are younger than ${params.maxAgeDays} days.`, [ev('keyCreationTime', times)])
      : fail(`Keys older than ${params.maxAgeDays} days: ${old.join(', ')}.`, [ev('keyCreationTime', times)]);
  },
});
