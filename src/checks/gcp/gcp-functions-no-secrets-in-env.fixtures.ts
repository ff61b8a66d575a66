import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

export const cases: CheckCase[] = [
  {
    name: 'settings only, secret from Secret Manager',
    expect: 'pass',
    resource: gcp('compute.function', names.function('f1'), {
      serviceConfig: {
        environmentVariables: { LOG_LEVEL: 'info', REGION: 'us-central1' },
        secretEnvironmentVariables: [{ key: 'DB_PASSWORD', secret: 'db-password', version: 'latest' }],
      },
    }),
  },
  {
    name: 'password in a plain variable (2nd gen)',
    expect: 'fail',
    resource: gcp('compute.function', names.function('f2'), {
      serviceConfig: { environmentVariables: { DB_PASSWORD: 'hunter2', LOG_LEVEL: 'info' } },
    }),
    message: 'DB_PASSWORD',
  },
  {
    name: 'API key in a 1st gen function',
    expect: 'fail',
    resource: gcp(
      'compute.function',
      names.function('f3'),
      { environmentVariables: { STRIPE_API_KEY: 'sk_live_x' } },
      {
        raw: {
          assetType: 'cloudfunctions.googleapis.com/CloudFunction',
          environmentVariables: { STRIPE_API_KEY: 'sk_live_x' },
        },
      },
    ),
  },
  {
    name: 'no variables',
    expect: 'not_applicable',
    resource: gcp('compute.function', names.function('f4'), { serviceConfig: { availableMemory: '256M' } }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: gcp('compute.function', names.function('f5'), {}, { raw: {} }),
  },
];
