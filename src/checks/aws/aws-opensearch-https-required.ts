import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRawBool, rawAt } from './util.js';

/** OpenSearch endpoints require HTTPS with a TLS 1.2+ policy (`DomainEndpointOptions`). */
export default defineCheck({
  id: 'aws-opensearch-https-required',
  title: 'OpenSearch endpoints require HTTPS with TLS 1.2',
  rationale:
    'Without enforced HTTPS, queries, results and credentials can travel in clear text; the old TLS policy still allows TLS 1.0.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['analytics.search-domain'],
  controls: ['EIT-01'],
  remediation:
    'Enforce HTTPS and set the TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10 (or at least Policy-Min-TLS-1-2-2019-07).',
  fix: {
    cli: 'aws opensearch update-domain-config --domain-name DOMAIN --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
  },
  evaluate(domain) {
    if (rawAt(domain, 'Deleted') === true) return notApplicable('The domain is being deleted.');
    if (!needRawBool(domain, 'DomainEndpointOptions.EnforceHTTPS'))
      return fail('Plain HTTP requests are accepted.');
    const policy = String(rawAt(domain, 'DomainEndpointOptions.TLSSecurityPolicy') ?? '');
    return /TLS-1-2/.test(policy)
      ? pass(`HTTPS is enforced with ${policy}.`)
      : fail(`HTTPS is enforced but the TLS policy ${policy || '(default)'} allows TLS 1.0.`);
  },
});
