import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { rawAt } from './util.js';

/** CIS AWS 3.6: automatic rotation is on for customer managed symmetric keys. */
export default defineCheck({
  id: 'aws-kms-key-rotation',
  title: 'Customer managed KMS keys rotate automatically',
  rationale:
    'Automatic rotation replaces the key material on a schedule while old ciphertext stays readable. It limits how ' +
    'much data any one version protects and meets cryptoperiod requirements without application changes.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['crypto.key'],
  controls: ['KEY-02'],
  remediation: 'Enable automatic key rotation (yearly by default, configurable down to 90 days).',
  fix: {
    cli: 'aws kms enable-key-rotation --key-id KEY_ID',
    terraform: 'resource "aws_kms_key" "this" {\n  enable_key_rotation = true\n}',
  },
  references: { 'cis-aws-foundations': ['3.6'] },
  params: { maxRotationDays: { description: 'longest acceptable rotation period', default: 365 } },
  evaluate(key, { params }) {
    if (need<string>(key, 'managedBy') !== 'customer')
      return notApplicable('An AWS managed key, rotated by AWS.');
    const spec = rawAt(key, 'KeySpec') ?? rawAt(key, 'CustomerMasterKeySpec');
    if (typeof spec === 'string' && spec !== 'SYMMETRIC_DEFAULT')
      return notApplicable(`A ${spec} key, which cannot rotate automatically.`);
    const origin = key.properties.origin;
    if (origin && origin !== 'AWS_KMS')
      return notApplicable(`Key material from ${origin}, which KMS cannot rotate.`);
    const state = key.properties.state;
    if (state && state !== 'Enabled') return notApplicable(`The key is ${state}.`);
    if (!need<boolean>(key, 'rotationEnabled'))
      return fail('Automatic rotation is off.', [{ path: 'rotationEnabled', value: false }]);
    const period = key.properties.rotationPeriodDays;
    const limit = Number(params.maxRotationDays);
    if (typeof period === 'number' && period > limit)
      return fail(`The key rotates every ${period} days, longer than ${limit}.`, [
        { path: 'rotationPeriodDays', value: period },
      ]);
    return pass(`Automatic rotation is on${typeof period === 'number' ? ` every ${period} days` : ''}.`);
  },
});
