import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isAwsManagedKeyAlias, rawAt } from './util.js';

/** Secrets are encrypted with a customer managed KMS key rather than aws/secretsmanager. */
export default defineCheck({
  id: 'aws-secretsmanager-cmk',
  title: 'Secrets are encrypted with a customer managed KMS key',
  rationale:
    'With the AWS managed key, anyone allowed secretsmanager:GetSecretValue can read the secret. A customer managed ' +
    'key adds a second permission and is required to share secrets across accounts.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['secrets.secret'],
  controls: ['EAR-02', 'KEY-03'],
  remediation: 'Update the secret to use a customer managed KMS key whose policy lists the readers.',
  fix: { cli: 'aws secretsmanager update-secret --secret-id SECRET --kms-key-id KEY_ARN' },
  evaluate(secret) {
    if (secret.service !== 'secrets-manager') return notApplicable(`A ${secret.service} secret.`);
    const keyId = rawAt(secret, 'KmsKeyId');
    if (typeof keyId === 'string') {
      return isAwsManagedKeyAlias(keyId)
        ? fail('The secret uses the AWS managed key aws/secretsmanager.')
        : pass(`Encrypted with ${keyId}.`);
    }
    const keyType = need<string>(secret, 'encryption.keyType');
    return keyType === 'customer-managed'
      ? pass('Encrypted with a customer managed key.')
      : fail(`Encrypted with a ${keyType} key.`, [{ path: 'encryption.keyType', value: keyType }]);
  },
});
