import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { asBool, closedAccount, field } from './util.js';

const CLASSES = [
  ['RequireUppercaseCharacters', 'an upper-case letter'],
  ['RequireLowercaseCharacters', 'a lower-case letter'],
  ['RequireNumbers', 'a number'],
  ['RequireSymbols', 'a symbol'],
] as const;

/** The password policy asks for each character class (CIS AWS 1.2.0 asked for this; later versions rely on length). */
export default defineCheck({
  id: 'aws-iam-password-complexity',
  title: 'IAM password policy requires mixed character classes',
  rationale:
    'Requiring upper and lower case, digits and symbols widens the search space of short passwords. It matters ' +
    'less than length, but many internal standards still require it.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-05'],
  remediation:
    'Turn on the upper-case, lower-case, number and symbol requirements in the account password policy.',
  fix: {
    cli: 'aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols',
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  require_uppercase_characters = true\n  require_lowercase_characters = true\n  require_numbers = true\n  require_symbols = true\n}',
  },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const policy = need<Record<string, unknown>>(account, 'passwordPolicy');
    const missing = CLASSES.filter(([key]) => asBool(field(policy, key)) !== true).map(([, label]) => label);
    if (missing.length > 0)
      return fail(`Passwords need not contain ${missing.join(', ')}.`, [
        { path: 'passwordPolicy', value: policy },
      ]);
    return pass('Passwords must mix upper case, lower case, numbers and symbols.');
  },
});
