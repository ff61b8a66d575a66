import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const withVars = { FunctionName: 'f', Environment: { Variables: { DB_HOST: 'db.internal' } } };

export const cases: CheckCase[] = [
  {
    name: 'CMK',
    expect: 'pass',
    resource: aws(
      'compute.function',
      { environmentEncryption: { enabled: true, keyType: 'customer-managed' } },
      { raw: withVars },
    ),
  },
  {
    name: 'default key',
    expect: 'fail',
    resource: aws(
      'compute.function',
      { environmentEncryption: { enabled: true, keyType: 'provider' } },
      { raw: withVars },
    ),
  },
  {
    name: 'no variables',
    expect: 'not_applicable',
    resource: aws('compute.function', {}, { raw: { FunctionName: 'f' } }),
  },
  {
    name: 'encryption setting unknown',
    expect: 'error',
    resource: aws('compute.function', {}, { raw: withVars }),
  },
  {
    name: 'configuration not collected',
    expect: 'error',
    resource: aws('compute.function', { environmentEncryption: { enabled: true, keyType: 'provider' } }),
  },
];
