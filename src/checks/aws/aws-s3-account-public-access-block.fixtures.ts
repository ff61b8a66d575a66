import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const on = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

export const cases: CheckCase[] = [
  {
    name: 'all four on',
    expect: 'pass',
    resource: aws('identity.account', {}, { raw: { PublicAccessBlockConfiguration: on } }),
  },
  {
    name: 'public policies still allowed',
    expect: 'fail',
    resource: aws(
      'identity.account',
      {},
      {
        raw: {
          PublicAccessBlockConfiguration: { ...on, BlockPublicPolicy: false, RestrictPublicBuckets: false },
        },
      },
    ),
    message: 'BlockPublicPolicy',
  },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'PENDING_CLOSURE' } }),
  },
  {
    name: 'configuration never set (NoSuchPublicAccessBlockConfiguration) is recorded as all false',
    expect: 'fail',
    resource: aws(
      'identity.account',
      {},
      {
        raw: {
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: false,
            IgnorePublicAcls: false,
            BlockPublicPolicy: false,
            RestrictPublicBuckets: false,
          },
        },
      },
    ),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: aws('identity.account', { rootMfa: true }),
    message: 'PublicAccessBlockConfiguration',
  },
];
