import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asBool, closedAccount, field, needRawObject } from './util.js';

const SETTINGS = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
] as const;

/**
 * CIS AWS 2.1.4 (account settings): S3 Block Public Access is fully on for the account. Reads
 * `raw.PublicAccessBlockConfiguration` from `aws s3control get-public-access-block`.
 */
export default defineCheck({
  id: 'aws-s3-account-public-access-block',
  title: 'S3 Block Public Access is on for the whole account',
  rationale:
    'The account-level block overrides every bucket ACL and policy that would make data public, including buckets ' +
    'created tomorrow by a script that forgot the bucket-level block.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['DATA-03'],
  remediation:
    'Turn on all four Block Public Access settings at the account level; serve deliberate public content through ' +
    'CloudFront with origin access control instead of public buckets.',
  fix: {
    cli: 'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls = true\n  ignore_public_acls = true\n  block_public_policy = true\n  restrict_public_buckets = true\n}',
  },
  references: { 'cis-aws-foundations': ['2.1.4'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const config = needRawObject(account, 'PublicAccessBlockConfiguration');
    const off = SETTINGS.filter((s) => asBool(field(config, s)) !== true);
    if (off.length > 0)
      return fail(`Account-level Block Public Access is off for ${off.join(', ')}.`, [
        { path: 'raw.PublicAccessBlockConfiguration', value: config },
      ]);
    return pass('All four account-level Block Public Access settings are on.');
  },
});
