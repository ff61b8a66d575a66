import type { CheckCase } from '../testing.js';
import { az, epochIn } from './testkit.js';

const SECRET = 'Microsoft.KeyVault/vaults/secrets';

export const cases: CheckCase[] = [
  {
    name: 'expiry set',
    expect: 'pass',
    resource: az('secrets.secret', SECRET, 'kv1/s1', {
      properties: { attributes: { enabled: true, exp: epochIn(60) } },
    }),
  },
  {
    name: 'normalized expires',
    expect: 'pass',
    resource: az(
      'secrets.secret',
      SECRET,
      'kv1/s2',
      { properties: {} },
      { properties: { expires: '2030-06-30T00:00:00Z' } },
    ),
  },
  {
    name: 'no expiry',
    expect: 'fail',
    resource: az('secrets.secret', SECRET, 'kv1/s3', { properties: { attributes: { enabled: true } } }),
  },
  {
    name: 'disabled secret',
    expect: 'not_applicable',
    resource: az('secrets.secret', SECRET, 'kv1/s4', { properties: { attributes: { enabled: false } } }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: az('secrets.secret', SECRET, 'kv1/s5', { properties: { contentType: 'text/plain' } }),
  },
];
