import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, urlToName, value } from './util.js';

const WEAK = [
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
];

export default defineCheck({
  id: 'gcp-lb-ssl-policy-strong',
  title: 'HTTPS and SSL proxy load balancers use a strong SSL policy',
  rationale:
    'Without an SSL policy, a proxy load balancer uses the COMPATIBLE profile with TLS 1.0, accepting old ' +
    'protocol versions and cipher suites without forward secrecy. A MODERN profile with TLS 1.2, RESTRICTED, or ' +
    'a CUSTOM profile without the weak suites avoids them.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['network.load-balancer'],
  controls: ['EIT-01'],
  remediation:
    'Attach an SSL policy with profile MODERN and minimum TLS 1.2 (or RESTRICTED) to the target proxy.',
  fix: {
    cli: 'gcloud compute ssl-policies create tls12-modern --profile MODERN --min-tls-version 1.2 && gcloud compute target-https-proxies update PROXY --ssl-policy tls12-modern',
  },
  references: { 'cis-gcp-foundations': ['3.9'] },
  evaluate(proxy, { inventory }) {
    if (!isAsset(proxy, A.httpsProxy, A.sslProxy)) return notApplicable('Not a target HTTPS or SSL proxy.');
    if (value(proxy, 'name') === undefined)
      throw new MissingData('raw', 'the target proxy was not collected');
    const ref = value<string>(proxy, 'sslPolicy');
    if (!ref)
      return fail('No SSL policy is attached, so the default COMPATIBLE profile with TLS 1.0 applies.', [
        ev('sslPolicy', null),
      ]);
    const policy = inventory.byId(urlToName(ref));
    if (!policy) throw new MissingData('sslPolicy', `the SSL policy ${ref} was not collected`);
    const profile = String(value(policy, 'profile') ?? 'COMPATIBLE');
    const minTls = String(value(policy, 'minTlsVersion') ?? 'TLS_1_0');
    const custom = (value<string[]>(policy, 'customFeatures') ?? []).map(String);
    const evidence = [ev('sslPolicy', { profile, minTlsVersion: minTls, customFeatures: custom })];
    if (profile === 'RESTRICTED') return pass('The RESTRICTED profile is used.', evidence);
    if (profile === 'MODERN' && minTls === 'TLS_1_2')
      return pass('MODERN profile with TLS 1.2 minimum.', evidence);
    if (profile === 'CUSTOM' && minTls === 'TLS_1_2') {
      const weak = custom.filter((c) => WEAK.includes(c));
      return weak.length === 0
        ? pass('CUSTOM profile with TLS 1.2 and no weak cipher suites.', evidence)
        : fail(`The CUSTOM profile enables weak cipher suites: ${weak.join(', ')}.`, evidence);
    }
    return fail(`The SSL policy allows weak settings (profile ${profile}, minimum ${minTls}).`, evidence);
  },
});
