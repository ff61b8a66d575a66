import type { CheckCase } from '../testing.js';
import { daysAhead, gcp, names } from './testkit.js';

const key = (n: string, body: Record<string, unknown>) =>
  gcp('crypto.key', names.cryptoKey(n), {
    purpose: 'ENCRYPT_DECRYPT',
    primary: { state: 'ENABLED' },
    ...body,
  });

export const cases: CheckCase[] = [
  {
    name: '90 days',
    expect: 'pass',
    resource: key('k1', { rotationPeriod: '7776000s', nextRotationTime: daysAhead(30) }),
  },
  { name: 'no schedule', expect: 'fail', resource: key('k2', {}) },
  { name: 'yearly', expect: 'fail', resource: key('k3', { rotationPeriod: '31536000s' }) },
  {
    name: 'normalized',
    expect: 'pass',
    resource: gcp(
      'crypto.key',
      names.cryptoKey('k4'),
      {},
      { properties: { rotationEnabled: true, rotationPeriodDays: 30 } },
    ),
  },
  {
    name: 'asymmetric signing key',
    expect: 'not_applicable',
    resource: key('k5', { purpose: 'ASYMMETRIC_SIGN' }),
  },
  {
    name: 'key not collected',
    expect: 'error',
    resource: gcp(
      'crypto.key',
      names.cryptoKey('k6'),
      {},
      { raw: { assetType: 'cloudkms.googleapis.com/CryptoKey' } },
    ),
  },
];
