import { defineCheck, notApplicable } from '../define.js';
import { rawAt, rawFlagOutcome } from './util.js';

/** OpenSearch domains use fine-grained access control (`AdvancedSecurityOptions.Enabled`). */
export default defineCheck({
  id: 'aws-opensearch-fine-grained-access',
  title: 'OpenSearch domains use fine-grained access control',
  rationale:
    'Without fine-grained access control, anyone the domain policy lets in can read and change every index. Roles down to index, document and field level limit each user to their data.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['analytics.search-domain'],
  controls: ['IAM-03'],
  remediation:
    'Enable fine-grained access control with an IAM master role (it requires HTTPS, node-to-node and at-rest encryption).',
  fix: {
    cli: 'aws opensearch update-domain-config --domain-name DOMAIN --advanced-security-options Enabled=true,MasterUserOptions={MasterUserARN=ROLE_ARN}',
  },
  evaluate(domain) {
    if (rawAt(domain, 'Deleted') === true) return notApplicable('The domain is being deleted.');
    return rawFlagOutcome(
      domain,
      'AdvancedSecurityOptions.Enabled',
      true,
      'Fine-grained access control is on.',
      'Fine-grained access control is off.',
    );
  },
});
