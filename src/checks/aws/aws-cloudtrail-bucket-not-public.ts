import { defineCheck, fail, MissingData, need, notApplicable, pass } from '../define.js';
import { bucketId, related } from './util.js';

/** The S3 bucket receiving a trail's logs is not publicly readable. Relational: trail → bucket. */
export default defineCheck({
  id: 'aws-cloudtrail-bucket-not-public',
  title: 'The CloudTrail log bucket is not public',
  rationale:
    'Trail logs map the whole account: its users, roles, resources and habits. Public access to them hands an ' +
    'attacker a detailed reconnaissance report.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['logging.trail'],
  controls: ['DATA-03', 'LOG-04'],
  remediation: 'Remove public grants and statements from the trail bucket and turn on Block Public Access.',
  fix: {
    cli: 'aws s3api put-public-access-block --bucket TRAIL_BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  evaluate(trail, { inventory }) {
    if (trail.properties.logging === false) return notApplicable('The trail is not logging.');
    const name = need<string>(trail, 'bucket');
    const bucket = related(trail, inventory, 'logs-to', bucketId(name));
    if (!bucket)
      throw new MissingData('bucket', `the trail bucket ${name} is not in the inventory (another account?)`);
    const p = bucket.properties as { publicAccessBlocked?: unknown; publicRead?: unknown };
    if (p.publicAccessBlocked === true) return pass(`Block Public Access covers the trail bucket ${name}.`);
    if (typeof p.publicRead !== 'boolean')
      throw new MissingData('bucket.publicRead', `public access of ${name} was not collected`);
    return p.publicRead
      ? fail(`The trail bucket ${name} is publicly readable.`, [
          { path: 'publicRead', value: true, resource: bucket.id },
        ])
      : pass(`The trail bucket ${name} is not public.`, [
          { path: 'publicRead', value: false, resource: bucket.id },
        ]);
  },
});
