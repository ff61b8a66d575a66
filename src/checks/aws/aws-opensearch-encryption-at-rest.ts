import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** OpenSearch domains encrypt data at rest (`EncryptionAtRestOptions.Enabled`). */
export default defineCheck({
  id: 'aws-opensearch-encryption-at-rest',
  title: 'OpenSearch domains are encrypted at rest',
  rationale:
    'Search indices hold copies of documents, logs and customer records. Encryption at rest covers the indices, swap, logs and automated snapshots.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['analytics.search-domain'],
  controls: ['EAR-01'],
  remediation: 'Enable encryption at rest on the domain (supported in place on current engine versions).',
  fix: {
    cli: 'aws opensearch update-domain-config --domain-name DOMAIN --encryption-at-rest-options Enabled=true',
  },
  evaluate(domain) {
    if (rawAt(domain, 'Deleted') === true) return notApplicable('The domain is being deleted.');
    return rawFlagOutcome(
      domain,
      'EncryptionAtRestOptions.Enabled',
      true,
      'Data at rest is encrypted.',
      'Data at rest is not encrypted.',
    );
  },
});
