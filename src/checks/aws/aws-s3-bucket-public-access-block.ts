import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isDirectoryBucket, tagged } from './util.js';

/** CIS AWS 2.1.4: Block Public Access covers the bucket (bucket settings, or the account settings over it). */
export default defineCheck({
  id: 'aws-s3-bucket-public-access-block',
  title: 'S3 buckets have Block Public Access on',
  rationale:
    'Block Public Access stops ACLs and bucket policies from making objects public, whatever a later change or ' +
    'upload tool tries. It turns a single mistaken grant from a data leak into a refused request.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['DATA-03'],
  remediation: 'Turn on all four Block Public Access settings on the bucket, or at the account level.',
  fix: {
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket = aws_s3_bucket.this.id\n  block_public_acls = true\n  ignore_public_acls = true\n  block_public_policy = true\n  restrict_public_buckets = true\n}',
  },
  references: { 'cis-aws-foundations': ['2.1.4'] },
  params: {
    allowTag: {
      description: 'tag key that marks an approved public bucket (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(bucket, { params }) {
    if (isDirectoryBucket(bucket)) return notApplicable('A directory bucket, always private.');
    if (tagged(bucket, String(params.allowTag), ['true'])) return notApplicable('An approved public bucket.');
    const blocked = need<boolean>(bucket, 'publicAccessBlocked');
    return blocked
      ? pass('Block Public Access covers the bucket.', [{ path: 'publicAccessBlocked', value: true }])
      : fail('Block Public Access is not fully on for the bucket.', [
          { path: 'publicAccessBlocked', value: false },
        ]);
  },
});
