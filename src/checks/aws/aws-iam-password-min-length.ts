import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { asNumber, closedAccount, field } from './util.js';

/** CIS AWS 1.8: the account password policy asks for at least 14 characters. */
export default defineCheck({
  id: 'aws-iam-password-min-length',
  title: 'IAM password policy requires at least 14 characters',
  rationale:
    'Length is what makes a password hard to guess or crack. Without a policy, IAM accepts passwords of 8 ' +
    'characters, within reach of offline cracking.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-05'],
  remediation: 'Set an account password policy with a minimum length of 14 characters or more.',
  fix: {
    cli: 'aws iam update-account-password-policy --minimum-password-length 14',
    terraform: 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length = 14\n}',
  },
  references: { 'cis-aws-foundations': ['1.8'] },
  params: { minimumLength: { description: 'shortest acceptable minimum password length', default: 14 } },
  evaluate(account, { params }) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const policy = need<Record<string, unknown>>(account, 'passwordPolicy');
    const wanted = Number(params.minimumLength);
    const length = asNumber(field(policy, 'MinimumPasswordLength'));
    if (length === undefined)
      return fail('No account password policy sets a minimum length.', [
        { path: 'passwordPolicy', value: policy },
      ]);
    const evidence = [{ path: 'passwordPolicy.MinimumPasswordLength', value: length }];
    return length >= wanted
      ? pass(`Passwords must have at least ${length} characters.`, evidence)
      : fail(`The minimum password length is ${length}, below ${wanted}.`, evidence);
  },
});
