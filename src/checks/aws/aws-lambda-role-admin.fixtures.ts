import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const ROLE = `arn:aws:iam::${ACCOUNT}:role/fn`;
const role = (attachedPolicies: string[]) =>
  aws('identity.role', { attachedPolicies, inlinePolicies: [], trust: [] }, { id: ROLE, service: 'iam' });
const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
const basic = aws(
  'identity.policy',
  {
    managedBy: 'provider',
    statements: [
      {
        effect: 'allow',
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: ['*'],
      },
    ],
  },
  { id: BASIC, account: 'aws', service: 'iam' },
);
const fn = (service = 'lambda') =>
  aws('compute.function', { role: ROLE, runtime: 'python3.13' }, { service });

export const cases: CheckCase[] = [
  { name: 'basic execution role', expect: 'pass', resource: fn(), inventory: [role([BASIC]), basic] },
  {
    name: 'AdministratorAccess',
    expect: 'fail',
    resource: fn(),
    inventory: [role(['arn:aws:iam::aws:policy/AdministratorAccess'])],
  },
  {
    name: 'a function collected for another service',
    expect: 'not_applicable',
    resource: fn('step-functions'),
  },
  { name: 'role not collected', expect: 'error', resource: fn(), message: 'not in the inventory' },
];
