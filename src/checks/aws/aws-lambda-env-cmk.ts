import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { needRawObject, rawAt } from './util.js';

/** Functions with environment variables encrypt them with a customer managed KMS key. */
export default defineCheck({
  id: 'aws-lambda-env-cmk',
  title: 'Lambda environment variables are encrypted with a customer managed key',
  rationale:
    'Environment variables often carry connection strings and API keys. With the default AWS managed key, anyone ' +
    'allowed to read the function configuration sees them in clear text.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['compute.function'],
  controls: ['EAR-02'],
  remediation:
    'Set a customer managed KMS key on the function (better: keep secrets in Secrets Manager and fetch them at run time).',
  fix: { cli: 'aws lambda update-function-configuration --function-name FUNCTION --kms-key-arn KEY_ARN' },
  evaluate(fn) {
    // get-function-configuration omits Environment when the function has no variables.
    needRawObject(fn);
    const vars = rawAt(fn, 'Environment.Variables');
    if (vars !== undefined && typeof vars === 'object' && Object.keys(vars as object).length === 0)
      return notApplicable('The function has no environment variables.');
    if (vars === undefined) return notApplicable('The function has no environment variables.');
    const enc = need<{ keyType?: string }>(fn, 'environmentEncryption');
    return enc.keyType === 'customer-managed'
      ? pass('Environment variables are encrypted with a customer managed key.')
      : fail('Environment variables use the default AWS managed key.', [
          { path: 'environmentEncryption', value: enc },
        ]);
  },
});
