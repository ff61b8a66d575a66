import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'encrypted',
    expect: 'pass',
    resource: aws(
      'storage.volume',
      { state: 'in-use', encryption: { enabled: true, keyType: 'provider' } },
      { service: 'ebs' },
    ),
  },
  {
    name: 'unencrypted',
    expect: 'fail',
    resource: aws('storage.volume', { state: 'in-use', encryption: { enabled: false } }, { service: 'ebs' }),
  },
  {
    name: 'being deleted',
    expect: 'not_applicable',
    resource: aws(
      'storage.volume',
      { state: 'deleting', encryption: { enabled: false } },
      { service: 'ebs' },
    ),
  },
  {
    name: 'unknown',
    expect: 'error',
    resource: aws('storage.volume', { state: 'available' }, { service: 'ebs' }),
  },
];
