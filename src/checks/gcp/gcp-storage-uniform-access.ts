import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { A, ev, isAsset, need, norm } from './util.js';

export default defineCheck({
  id: 'gcp-storage-uniform-access',
  title: 'Cloud Storage buckets use uniform bucket-level access',
  rationale:
    'With fine-grained ACLs, any object can carry its own grants, so access cannot be understood from the bucket ' +
    'policy alone and a single public object ACL goes unnoticed. Uniform access makes IAM the only control.',
  severity: 'medium',
  providers: ['gcp'],
  kinds: ['storage.bucket'],
  controls: ['IAM-03', 'DATA-03'],
  remediation:
    'Enable uniform bucket-level access (after moving any ACL grants into IAM); enforce with the storage.uniformBucketLevelAccess policy.',
  fix: { cli: 'gcloud storage buckets update gs://BUCKET --uniform-bucket-level-access' },
  references: { 'cis-gcp-foundations': ['5.2'] },
  evaluate(bucket) {
    if (!isAsset(bucket, A.bucket)) return notApplicable('Not a Cloud Storage bucket.');
    const uniform =
      norm<boolean>(bucket, 'uniformAccess') ??
      need<boolean>(bucket, 'iamConfiguration.uniformBucketLevelAccess.enabled', 'uniformAccess');
    return uniform
      ? pass('Uniform bucket-level access is on.', [ev('uniformBucketLevelAccess.enabled', true)])
      : fail('Object ACLs are in use (uniform bucket-level access is off).', [
          ev('uniformBucketLevelAccess.enabled', false),
        ]);
  },
});
