import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { closedAccount, field, needRawList } from './util.js';

/**
 * CIS AWS 1.6: the root user's MFA is a hardware device. IAM lists virtual MFA devices with the user they belong
 * to; a root user with MFA on and no virtual device assigned to it uses a hardware (or FIDO) device.
 */
export default defineCheck({
  id: 'aws-iam-root-hardware-mfa',
  title: 'The root user uses a hardware MFA device',
  rationale:
    'A virtual authenticator lives on a phone or laptop that can be lost, cloned or compromised together with the ' +
    'password. A dedicated hardware key kept in a safe protects the one credential that cannot be restricted.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['identity.account'],
  controls: ['IAM-02', 'IAM-04'],
  remediation:
    'Register a hardware TOTP token or FIDO security key for the root user, then remove the virtual MFA device.',
  references: { 'cis-aws-foundations': ['1.6'] },
  evaluate(account) {
    const closed = closedAccount(account);
    if (closed) return notApplicable(closed);
    if (!need<boolean>(account, 'rootMfa'))
      return fail('The root user has no MFA device at all.', [{ path: 'rootMfa', value: false }]);
    const devices = needRawList(account, 'VirtualMFADevices');
    const rootVirtual = devices.find((d) => {
      const serial = String(field(d, 'SerialNumber') ?? '');
      const user = String(field(field(d, 'User'), 'Arn') ?? '');
      return user.endsWith(':root') || serial.endsWith(':mfa/root-account-mfa-device');
    });
    if (rootVirtual)
      return fail('The root user signs in with a virtual MFA device.', [
        { path: 'raw.VirtualMFADevices', value: field(rootVirtual, 'SerialNumber') },
      ]);
    return pass('The root user has MFA and no virtual device: a hardware device is in use.', [
      { path: 'rootMfa', value: true },
    ]);
  },
});
