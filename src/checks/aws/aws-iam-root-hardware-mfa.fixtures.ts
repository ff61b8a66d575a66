import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const rootVirtual = {
  SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`,
  User: { Arn: `arn:aws:iam::${ACCOUNT}:root` },
};
const aliceVirtual = {
  SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/alice`,
  User: { Arn: `arn:aws:iam::${ACCOUNT}:user/alice` },
};

export const cases: CheckCase[] = [
  {
    name: 'MFA on, only users have virtual devices',
    expect: 'pass',
    resource: aws('identity.account', { rootMfa: true }, { raw: { VirtualMFADevices: [aliceVirtual] } }),
  },
  {
    name: 'root uses a virtual device',
    expect: 'fail',
    resource: aws(
      'identity.account',
      { rootMfa: true },
      { raw: { VirtualMFADevices: [rootVirtual, aliceVirtual] } },
    ),
  },
  {
    name: 'no MFA at all',
    expect: 'fail',
    resource: aws('identity.account', { rootMfa: false }, { raw: { VirtualMFADevices: [] } }),
  },
  {
    name: 'suspended account',
    expect: 'not_applicable',
    resource: aws('identity.account', { rootMfa: true }, { raw: { Status: 'SUSPENDED' } }),
  },
  {
    name: 'virtual MFA devices not listed',
    expect: 'error',
    resource: aws('identity.account', { rootMfa: true }, { raw: { SummaryMap: {} } }),
    message: 'raw.VirtualMFADevices',
  },
];
