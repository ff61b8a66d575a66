import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-apikey-restricted-apis',
  title: 'API keys are restricted to the APIs they are for',
  rationale:
    'An unrestricted key can call every enabled API in the project that accepts keys. Limiting it to the APIs the ' +
    'application uses limits what a leaked key can be used for.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['secrets.secret'],
  controls: ['IAM-03', 'IAM-06'],
  remediation: 'Add API restrictions (apiTargets) listing only the services the application calls.',
  fix: { cli: 'gcloud services api-keys update KEY_ID --api-target=service=maps-backend.googleapis.com' },
  references: { 'cis-gcp-foundations': ['1.14'] },
  evaluate(key) {
    if (!isAsset(key, A.apiKey)) return notApplicable('Not an API key.');
    needBody(key);
    if (value(key, 'deleteTime')) return notApplicable('The key is deleted.');
    const targets = (value<unknown[]>(key, 'restrictions.apiTargets') ?? [])
      .filter(isObj)
      .map((t) => String(t.service ?? ''));
    if (targets.length === 0)
      return fail('The key can call any API that accepts keys.', [ev('apiTargets', [])]);
    return targets.includes('cloudapis.googleapis.com')
      ? fail('The key is allowed to call all Google Cloud APIs (cloudapis.googleapis.com).', [
          ev('apiTargets', targets),
        ])
      : pass(`The key is limited to ${targets.join(', ')}.`, [ev('apiTargets', targets)]);
  },
});
