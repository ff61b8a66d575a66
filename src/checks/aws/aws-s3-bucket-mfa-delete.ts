import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isDirectoryBucket, tagged } from './util.js';

/** CIS AWS 2.1.2: MFA delete is on, so versions cannot be deleted or versioning suspended without MFA. */
export default defineCheck({
  id: 'aws-s3-bucket-mfa-delete',
  title: 'S3 buckets have MFA delete enabled',
  rationale:
    "With MFA delete, permanently deleting an object version or suspending versioning needs the root user's MFA " +
    'code, so stolen keys alone cannot wipe the history of a bucket.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['BAK-02', 'DATA-04'],
  remediation: 'As the root user with its MFA device, enable versioning with MFA delete on the bucket.',
  fix: {
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "MFA_SERIAL CODE"',
  },
  references: { 'cis-aws-foundations': ['2.1.2'] },
  params: {
    scopeTag: {
      description: 'when set, only buckets with this tag (e.g. data-classification) are checked',
      default: '',
    },
  },
  evaluate(bucket, { params }) {
    if (isDirectoryBucket(bucket)) return notApplicable('Directory buckets do not support versioning.');
    const scope = String(params.scopeTag);
    if (scope && !tagged(bucket, scope)) return notApplicable(`Not tagged ${scope}.`);
    return need<boolean>(bucket, 'mfaDelete')
      ? pass('MFA delete is enabled.', [{ path: 'mfaDelete', value: true }])
      : fail('MFA delete is not enabled.', [{ path: 'mfaDelete', value: false }]);
  },
});
