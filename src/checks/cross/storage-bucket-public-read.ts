import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/**
 * Anyone on the internet can list or read the bucket's objects. The most common cause of cloud data breaches,
 * and always the customer's to prevent: the provider only supplies the switches.
 */
export default defineCheck({
  id: 'storage-bucket-public-read',
  title: 'Object storage buckets are not readable by everyone',
  rationale:
    'A bucket readable by anonymous or all-authenticated principals exposes every object in it. Public access ' +
    'must be a deliberate, reviewed exception (a static website), never a default.',
  severity: 'critical',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.bucket'],
  controls: ['DATA-03', 'IAM-03'],
  remediation:
    'Remove grants and policy statements that give read access to everyone (AllUsers, allUsers, Principal "*"), ' +
    'and turn on the account- or bucket-level public access block.',
  fix: {
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket = aws_s3_bucket.this.id\n  block_public_acls = true\n  ignore_public_acls = true\n  block_public_policy = true\n  restrict_public_buckets = true\n}',
  },
  references: {
    'cis-aws-foundations': ['2.1.4'],
    'cis-gcp-foundations': ['5.1'],
    'cis-azure-foundations': ['3.7'],
  },
  params: {
    allowTag: {
      description: 'tag key that marks an approved public bucket (e.g. a website)',
      default: 'public-approved',
    },
  },
  evaluate(bucket, { params }) {
    if (bucket.tags[String(params.allowTag)] === 'true') {
      return notApplicable(`Marked as an approved public bucket by the tag ${String(params.allowTag)}=true.`);
    }
    const blocked = bucket.properties.publicAccessBlocked;
    if (blocked === true)
      return pass('Public access is blocked for this bucket.', [
        { path: 'publicAccessBlocked', value: true },
      ]);
    const publicRead = need<boolean>(bucket, 'publicRead');
    if (publicRead) return fail('The bucket is readable by everyone.', [{ path: 'publicRead', value: true }]);
    return pass('No grant or policy gives everyone read access.', [{ path: 'publicRead', value: false }]);
  },
});
