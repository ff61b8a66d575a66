import type { PolicyStatement } from '../../core/index.js';
import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { principalAccounts } from '../iam/index.js';

/** The bucket policy grants access only to this account and the accounts listed as trusted. */
export default defineCheck({
  id: 'aws-s3-bucket-cross-account-access',
  title: 'S3 bucket policies grant no access to unknown accounts',
  rationale:
    "A bucket policy naming another account gives that account's administrators access to the data, outside " +
    'your own IAM controls. Every such account should be a known partner or part of your organisation.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.bucket'],
  controls: ['IAM-03', 'DATA-03'],
  remediation:
    'Remove statements for accounts that should not have access, or add the account to the trusted list after review.',
  params: {
    trustedAccounts: { description: 'account ids allowed in bucket policies besides the owner', default: [] },
  },
  evaluate(bucket, { params }) {
    const statements = need<PolicyStatement[]>(bucket, 'policy');
    const allows = statements.filter((s) => s.effect === 'allow');
    if (allows.length === 0) return notApplicable('The bucket policy grants nothing.');
    const trusted = new Set([bucket.account, ...(params.trustedAccounts as string[])]);
    const others = [...new Set(allows.flatMap((s) => principalAccounts(s)).filter((a) => !trusted.has(a)))];
    if (others.length > 0)
      return fail(`The bucket policy grants access to account ${others.join(', ')}.`, [
        { path: 'policy', value: others },
      ]);
    return pass('The policy names only this account and trusted accounts.');
  },
});
