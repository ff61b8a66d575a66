import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const key = (
  props: Record<string, unknown>,
  raw: Record<string, unknown> = { KeySpec: 'SYMMETRIC_DEFAULT', KeyManager: 'CUSTOMER' },
) =>
  aws(
    'crypto.key',
    { managedBy: 'customer', state: 'Enabled', origin: 'AWS_KMS', ...props },
    { service: 'kms', raw },
  );

export const cases: CheckCase[] = [
  {
    name: 'yearly rotation',
    expect: 'pass',
    resource: key({ rotationEnabled: true, rotationPeriodDays: 365 }),
  },
  { name: 'rotation off', expect: 'fail', resource: key({ rotationEnabled: false }) },
  {
    name: 'period too long for the parameter',
    expect: 'fail',
    resource: key({ rotationEnabled: true, rotationPeriodDays: 365 }),
    params: { maxRotationDays: 180 },
  },
  {
    name: 'asymmetric key',
    expect: 'not_applicable',
    resource: key({ rotationEnabled: false }, { KeySpec: 'RSA_2048' }),
  },
  {
    name: 'imported key material',
    expect: 'not_applicable',
    resource: key({ rotationEnabled: false, origin: 'EXTERNAL' }),
  },
  { name: 'AWS managed key', expect: 'not_applicable', resource: key({ managedBy: 'provider' }) },
  { name: 'rotation status unreadable', expect: 'error', resource: key({}), message: 'rotationEnabled' },
];
