import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { bucketId, related } from './util.js';

/** CIS AWS 3.4: the S3 bucket receiving a trail's logs has server access logging on. Relational: trail → bucket. */
export default defineCheck({
  id: 'aws-cloudtrail-bucket-access-logging',
  title: 'The CloudTrail log bucket has access logging enabled',
  rationale:
    'The trail bucket holds the evidence of everything done in the account. Access logs on it show who read, ' +
    'copied or tried to delete that evidence.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['logging.trail'],
  controls: ['LOG-02', 'LOG-04'],
  remediation: 'Enable server access logging on the trail bucket, delivered to a separate log bucket.',
  fix: {
    cli: 'aws s3api put-bucket-logging --bucket TRAIL_BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"cloudtrail/"}}\'',
  },
  references: { 'cis-aws-foundations': ['3.4'] },
  evaluate(trail, { inventory }) {
    if (trail.properties.logging === false) return notApplicable('The trail is not logging.');
    const name = need<string>(trail, 'bucket');
    const bucket = related(trail, inventory, 'logs-to', bucketId(name));
    if (!bucket)
      throw new MissingData('bucket', `the trail bucket ${name} is not in the inventory (another account?)`);
    const logging = (bucket.properties as { accessLogging?: unknown }).accessLogging;
    if (typeof logging !== 'boolean')
      throw new MissingData('bucket.accessLogging', `access logging of ${name} was not collected`);
    return logging
      ? pass(`The trail bucket ${name} has access logging on.`, [
          { path: 'accessLogging', value: true, resource: bucket.id },
        ])
      : fail(`The trail bucket ${name} has no access logging.`, [
          { path: 'accessLogging', value: false, resource: bucket.id },
        ]);
  },
});
