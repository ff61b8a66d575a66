import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { asNumber, closedAccount, field } from './util.js';

/** CIS AWS 1.9: the password policy remembers the last 24 passwords. */
export default defineCheck({
  id: 'aws-iam-password-reuse',
  title: 'IAM password policy prevents password reuse',
  rationale:
    'When users may cycle back to old passwords, a password exposed in the past stays valid. Remembering the last ' +
    '24 passwords makes a rotation a real change.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-05'],
  remediation: 'Set the password policy to remember at least the last 24 passwords.',
  fix: {
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24',
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  password_reuse_prevention = 24\n}',
  },
  references: { 'cis-aws-foundations': ['1.9'] },
  params: { remembered: { description: 'how many previous passwords must be remembered', default: 24 } },
  evaluate(account, { params }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const policy = need<Record<string, unknown>>(account, 'passwordPolicy');
    const wanted = Number(params.remembered);
    const n = asNumber(field(policy, 'PasswordReusePrevention'));
    if (n === undefined)
      return fail('The password policy lets users reuse old passwords.', [
        { path: 'passwordPolicy', value: policy },
      ]);
    const evidence = [{ path: 'passwordPolicy.PasswordReusePrevention', value: n }];
    return n >= wanted
      ? pass(`The last ${n} passwords cannot be reused.`, evidence)
      : fail(`Only the last ${n} passwords are remembered; ${wanted} are required.`, evidence);
  },
});
