import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** Log groups holding classified data are encrypted with a customer managed KMS key. */
export default defineCheck({
  id: 'aws-logs-kms-encryption',
  title: 'Sensitive CloudWatch log groups use a customer managed KMS key',
  rationale:
    'Application logs leak tokens, personal data and internal addresses. A KMS key on the group makes reading them ' +
    'depend on the key policy too, and records each use.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['logging.log-group'],
  controls: ['EAR-02'],
  remediation:
    'Associate a customer managed KMS key with the log group (the key policy must allow CloudWatch Logs).',
  fix: { cli: 'aws logs associate-kms-key --log-group-name GROUP --kms-key-id KEY_ARN' },
  params: {
    classificationTag: {
      description: 'tag key holding the data classification',
      default: 'data-classification',
    },
    sensitiveValues: {
      description: 'classification values that require a customer managed key',
      default: ['confidential', 'restricted', 'sensitive'],
    },
  },
  evaluate(group, { params }) {
    if (!tagged(group, String(params.classificationTag), params.sensitiveValues as string[]))
      return notApplicable('The log group is not classified as sensitive.');
    const enc = need<{ enabled: boolean; keyId?: string }>(group, 'encryption');
    return enc.enabled && enc.keyId
      ? pass(`Encrypted with ${enc.keyId}.`)
      : fail('The log group has no KMS key.', [{ path: 'encryption', value: enc }]);
  },
});
