import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isDirectoryBucket } from './util.js';

/** No ACL grant or policy statement lets everyone write to, delete from or reconfigure the bucket. */
export default defineCheck({
  id: 'aws-s3-bucket-public-write',
  title: 'S3 buckets are not writable by everyone',
  rationale:
    'A publicly writable bucket can be filled with malware, used to host phishing pages under your name, or ' +
    'emptied. Unlike public read, there is no legitimate use for it.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['DATA-03', 'IAM-03'],
  remediation: 'Remove the public write grant or policy statement and turn on Block Public Access.',
  fix: {
    cli: 'aws s3api put-bucket-acl --bucket BUCKET --acl private && aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  evaluate(bucket) {
    if (isDirectoryBucket(bucket)) return notApplicable('Directory buckets cannot be made public.');
    if (bucket.properties.publicAccessBlocked === true) return pass('Block Public Access covers the bucket.');
    return need<boolean>(bucket, 'publicWrite')
      ? fail('Everyone can write to the bucket.', [{ path: 'publicWrite', value: true }])
      : pass('No grant or statement gives everyone write access.', [{ path: 'publicWrite', value: false }]);
  },
});
