import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { publicActions, publicPrincipal } from '../iam/index.js';
import { isDirectoryBucket, tagged } from './util.js';

/** The bucket policy has no statement that allows everyone (any action), per the policy analyser. */
export default defineCheck({
  id: 'aws-s3-bucket-policy-public',
  title: 'S3 bucket policies do not grant access to everyone',
  rationale:
    'A statement with Principal "*" and no condition pinning the caller grants its actions to every AWS account ' +
    'and anonymous user: not only reads, but also writes, deletes or policy changes if it lists them.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['DATA-03', 'IAM-03'],
  remediation:
    'Replace "*" with the accounts or roles that need access, or add a condition such as aws:PrincipalOrgID, ' +
    'aws:SourceVpce or aws:SourceArn (for CloudFront origin access control).',
  fix: { cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json' },
  params: {
    allowTag: {
      description: 'tag key that marks an approved public bucket (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(bucket, { params }) {
    if (isDirectoryBucket(bucket)) return notApplicable('Directory buckets cannot be made public.');
    if (tagged(bucket, String(params.allowTag), ['true'])) return notApplicable('An approved public bucket.');
    const statements = need<PolicyStatement[]>(bucket, 'policy');
    const open = publicPrincipal(statements);
    if (open.length === 0)
      return pass(
        statements.length === 0 ? 'The bucket has no policy.' : 'No policy statement is open to everyone.',
      );
    const blocked = bucket.properties.publicAccessBlocked === true;
    const actions = publicActions(statements).join(', ');
    if (blocked) return pass(`The policy allows everyone ${actions}, but Block Public Access overrides it.`);
    return fail(`The bucket policy allows everyone ${actions}.`, [
      { path: 'policy', value: open.map((o) => statements[o.statement]) },
    ]);
  },
});
