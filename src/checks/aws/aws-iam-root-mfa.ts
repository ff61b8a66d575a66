import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { closedAccount } from './util.js';

/** CIS AWS 1.5: the root user signs in with MFA. */
export default defineCheck({
  id: 'aws-iam-root-mfa',
  title: 'The root user has MFA enabled',
  rationale:
    'Anyone holding the root password controls the account, its billing and its closure. A second factor stops a ' +
    'phished or reused password from being enough.',
  severity: 'critical',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-02', 'IAM-04'],
  remediation:
    'Sign in as the root user and assign an MFA device (a FIDO security key or a virtual authenticator) under ' +
    'Security credentials.',
  references: { 'cis-aws-foundations': ['1.5'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    const mfa = need<boolean>(account, 'rootMfa');
    return mfa
      ? pass('The root user has MFA enabled.', [{ path: 'rootMfa', value: true }])
      : fail('The root user has no MFA device.', [{ path: 'rootMfa', value: false }]);
  },
});
