import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'IAM auth',
    expect: 'pass',
    resource: aws(
      'compute.function',
      {},
      {
        service: 'lambda',
        raw: {
          FunctionUrlConfig: { AuthType: 'AWS_IAM', FunctionUrl: 'https://x.lambda-url.us-east-1.on.aws/' },
        },
      },
    ),
  },
  {
    name: 'auth NONE',
    expect: 'fail',
    resource: aws(
      'compute.function',
      {},
      { service: 'lambda', raw: { FunctionUrlConfig: { AuthType: 'NONE' } } },
    ),
  },
  {
    name: 'normalized: public URL',
    expect: 'fail',
    resource: aws('compute.function', { publicUrl: true }, { service: 'lambda' }),
  },
  {
    name: 'no URL',
    expect: 'not_applicable',
    resource: aws('compute.function', { publicUrl: false }, { service: 'lambda' }),
  },
  { name: 'unknown', expect: 'error', resource: aws('compute.function', {}, { service: 'lambda' }) },
];
