import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** OpenSearch domains encrypt traffic between nodes (`NodeToNodeEncryptionOptions.Enabled`). */
export default defineCheck({
  id: 'aws-opensearch-node-to-node',
  title: 'OpenSearch node-to-node traffic is encrypted',
  rationale:
    'Shards and queries move between data nodes all the time. Node-to-node TLS keeps that traffic private inside the VPC too.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['analytics.search-domain'],
  controls: ['EIT-02'],
  remediation: 'Enable node-to-node encryption on the domain.',
  fix: {
    cli: 'aws opensearch update-domain-config --domain-name DOMAIN --node-to-node-encryption-options Enabled=true',
  },
  evaluate(domain) {
    if (rawAt(domain, 'Deleted') === true) return notApplicable('The domain is being deleted.');
    return rawFlagOutcome(
      domain,
      'NodeToNodeEncryptionOptions.Enabled',
      true,
      'Node-to-node traffic is encrypted.',
      'Node-to-node traffic is not encrypted.',
    );
  },
});
