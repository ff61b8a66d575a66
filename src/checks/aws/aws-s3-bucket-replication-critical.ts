import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** Buckets tagged as critical replicate to another region or account. */
export default defineCheck({
  id: 'aws-s3-bucket-replication-critical',
  title: 'Critical S3 buckets are replicated',
  rationale:
    'S3 is durable within a region, but a regional outage, an account compromise or a mistaken lifecycle rule can ' +
    'still take data away. A replica elsewhere is the recovery path.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['AVL-04', 'BAK-01'],
  remediation:
    'Enable versioning and add a replication rule to a bucket in another region (and ideally another account).',
  fix: {
    cli: 'aws s3api put-bucket-replication --bucket BUCKET --replication-configuration file://replication.json',
  },
  params: {
    criticalityTag: { description: 'tag key holding business criticality', default: 'criticality' },
    criticalValues: { description: 'values that require replication', default: ['critical', 'high'] },
  },
  evaluate(bucket, { params }) {
    if (!tagged(bucket, String(params.criticalityTag), params.criticalValues as string[]))
      return notApplicable('Not tagged as critical.');
    return need<boolean>(bucket, 'replication')
      ? pass('The bucket is replicated.', [{ path: 'replication', value: true }])
      : fail('The critical bucket has no replication rule.', [{ path: 'replication', value: false }]);
  },
});
