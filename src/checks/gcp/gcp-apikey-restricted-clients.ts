import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, isObj, needBody, value } from './util.js';

export default defineCheck({
  id: 'gcp-apikey-restricted-clients',
  title: 'API keys are restricted to specific hosts or apps',
  rationale:
    'An API key is a bearer secret that ships inside web pages and apps. Without an application restriction ' +
    '(HTTP referrers, IP addresses, Android or iOS apps), anyone who copies it can use it — and the project pays.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['secrets.secret'],
  controls: ['IAM-06', 'APP-05'],
  remediation:
    'Add an application restriction to the key: allowed referrers, server IP addresses, or Android/iOS app identifiers.',
  fix: { cli: 'gcloud services api-keys update KEY_ID --allowed-referrers="https://www.example.com/*"' },
  references: { 'cis-gcp-foundations': ['1.13'] },
  evaluate(key) {
    if (!isAsset(key, A.apiKey)) return notApplicable('Not an API key.');
    needBody(key);
    if (value(key, 'deleteTime')) return notApplicable('The key is deleted.');
    const r = value<Record<string, unknown>>(key, 'restrictions') ?? {};
    const list = (path: string): string[] => {
      const v = path.split('.').reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), r);
      return Array.isArray(v) ? v.map((x) => (isObj(x) ? JSON.stringify(x) : String(x))) : [];
    };
    const referrers = list('browserKeyRestrictions.allowedReferrers');
    const ips = list('serverKeyRestrictions.allowedIps');
    const android = list('androidKeyRestrictions.allowedApplications');
    const ios = list('iosKeyRestrictions.allowedBundleIds');
    const wildcard = [...referrers, ...ips].filter((x) => x === '*' || x.endsWith('/0') || x === '*.*');
    const evidence = [ev('restrictions', r)];
    if (wildcard.length > 0)
      return fail(`The key's restriction allows everything (${wildcard.join(', ')}).`, evidence);
    return referrers.length + ips.length + android.length + ios.length > 0
      ? pass('The key only works from the listed hosts or apps.', evidence)
      : fail('The key has no application restriction and works from anywhere.', evidence);
  },
});
