import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, daysSince, ev, isAsset, need, value } from './util.js';

export default defineCheck<'secrets.secret', { maxAgeDays: number }>({
  id: 'gcp-apikey-rotation',
  title: 'API keys are rotated at least every 90 days',
  rationale:
    'API keys cannot be scoped to a person and are easily copied from clients. Replacing them regularly limits how ' +
    'long a leaked key keeps working.',
  severity: 'low',
  providers: ['gcp'],
  kinds: ['secrets.secret'],
  controls: ['IAM-06'],
  remediation:
    'Create a replacement key, update the clients, and delete keys older than the rotation period.',
  fix: {
    cli: 'gcloud services api-keys create --display-name=NAME && gcloud services api-keys delete OLD_KEY_ID',
  },
  references: { 'cis-gcp-foundations': ['1.15'] },
  params: { maxAgeDays: { description: 'oldest acceptable key, in days', default: 90 } },
  evaluate(key, { params }) {
    if (!isAsset(key, A.apiKey)) return notApplicable('Not an API key.');
    if (value(key, 'deleteTime')) return notApplicable('The key is deleted.');
    const created = String(need<string>(key, 'createTime'));
    const age = daysSince(created);
    if (age === undefined) return fail(`The key creation time does not parse: ${created}.`);
    return age <= params.maxAgeDays
      ? pass(`The key is ${Math.floor(age)} days old.`, [ev('createTime', created)])
      : fail(`The key is ${Math.floor(age)} days old (maximum ${params.maxAgeDays}).`, [
          ev('createTime', created),
        ]);
  },
});
