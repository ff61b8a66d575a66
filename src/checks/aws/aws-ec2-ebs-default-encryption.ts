import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asBool, closedAccount, regionalSetting } from './util.js';

/**
 * CIS AWS 2.2.1: EBS encryption by default is on in every enabled region. Reads `raw.EbsEncryptionByDefault`,
 * `{ "<region>": true|false }` from `aws ec2 get-ebs-encryption-by-default` per region.
 */
export default defineCheck({
  id: 'aws-ec2-ebs-default-encryption',
  title: 'EBS encryption by default is enabled in every region',
  rationale:
    'With the regional default on, every new volume and snapshot copy is encrypted whatever the launch template ' +
    'says, so no unencrypted volume can be created by mistake.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['EAR-01'],
  remediation:
    'Enable EBS encryption by default in each region (optionally with a customer managed KMS key).',
  fix: {
    cli: 'aws ec2 enable-ebs-encryption-by-default --region REGION',
    terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
  },
  references: { 'cis-aws-foundations': ['2.2.1'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const perRegion = regionalSetting(account, 'EbsEncryptionByDefault');
    const off = [...perRegion].filter(([, v]) => asBool(v) !== true).map(([r]) => r);
    if (off.length > 0)
      return fail(`EBS encryption by default is off in ${off.join(', ')}.`, [
        { path: 'raw.EbsEncryptionByDefault', value: off },
      ]);
    return pass(`EBS encryption by default is on in all ${perRegion.size} regions.`);
  },
});
