import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'role recorded',
    expect: 'pass',
    resource: aws('compute.instance', {
      state: 'running',
      role: 'arn:aws:iam::111122223333:instance-profile/app',
    }),
  },
  {
    name: 'profile in the API document',
    expect: 'pass',
    resource: aws(
      'compute.instance',
      { state: 'running' },
      {
        raw: {
          InstanceId: 'i-1',
          IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/app' },
        },
      },
    ),
  },
  {
    name: 'API document without a profile',
    expect: 'fail',
    resource: aws('compute.instance', { state: 'running' }, { raw: { InstanceId: 'i-2' } }),
  },
  {
    name: 'terminated',
    expect: 'not_applicable',
    resource: aws('compute.instance', { state: 'terminated' }, { raw: { InstanceId: 'i-3' } }),
  },
  {
    name: 'nothing known',
    expect: 'error',
    resource: aws('compute.instance', { state: 'running' }),
    message: 'role',
  },
];
