import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** CIS AWS 1.10: every IAM user with a console password has MFA. */
export default defineCheck({
  id: 'aws-iam-user-console-mfa',
  title: 'IAM users with console passwords have MFA',
  rationale:
    'A console password alone can be phished, guessed or reused from another breach. A second factor keeps the ' +
    'account safe when the password is not.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.principal'],
  controls: ['IAM-02'],
  remediation:
    'Have the user register an MFA device, or remove the console password if the user does not need it.',
  fix: {
    cli: 'aws iam enable-mfa-device --user-name USER --serial-number MFA_ARN --authentication-code1 CODE1 --authentication-code2 CODE2',
  },
  references: { 'cis-aws-foundations': ['1.10'] },
  evaluate(user) {
    const type = need<string>(user, 'type');
    if (type !== 'user') return notApplicable(`A ${type}, not an IAM user.`);
    if (!need<boolean>(user, 'consoleAccess')) return notApplicable('The user has no console password.');
    return need<boolean>(user, 'mfa')
      ? pass('The user has a console password and an MFA device.', [{ path: 'mfa', value: true }])
      : fail('The user can sign in to the console with a password alone.', [{ path: 'mfa', value: false }]);
  },
});
