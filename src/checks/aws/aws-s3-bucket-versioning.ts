import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isDirectoryBucket, tagged } from './util.js';

/** S3 versioning keeps earlier versions of overwritten and deleted objects. */
export default defineCheck({
  id: 'aws-s3-bucket-versioning',
  title: 'S3 buckets have versioning enabled',
  rationale:
    'Without versioning, an overwrite or delete, by mistake, by a buggy job or by ransomware, destroys the only ' +
    'copy. Versioning keeps previous versions recoverable and is needed for replication and object lock.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['BAK-01', 'AVL-04'],
  remediation:
    'Enable versioning, with a lifecycle rule that expires noncurrent versions after the retention you need.',
  fix: {
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled',
    terraform:
      'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
  },
  params: {
    exemptTag: {
      description: 'tag key that marks scratch buckets whose content is disposable (value "true")',
      default: 'ephemeral',
    },
  },
  evaluate(bucket, { params }) {
    if (isDirectoryBucket(bucket)) return notApplicable('Directory buckets do not support versioning.');
    if (tagged(bucket, String(params.exemptTag), ['true']))
      return notApplicable('Marked as holding disposable data.');
    return need<boolean>(bucket, 'versioning')
      ? pass('Versioning is enabled.', [{ path: 'versioning', value: true }])
      : fail('Versioning is not enabled (or suspended).', [{ path: 'versioning', value: false }]);
  },
});
