import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const account = () => aws('identity.account', { rootMfa: true }, { service: 'iam' });
const role = (name: string, attachedPolicies: string[]) =>
  aws(
    'identity.role',
    { attachedPolicies, inlinePolicies: [], trust: [] },
    { id: `arn:aws:iam::${ACCOUNT}:role/${name}`, service: 'iam' },
  );
const supportPolicy = (attachedTo: string[]) =>
  aws(
    'identity.policy',
    { managedBy: 'provider', attachedTo, statements: [] },
    { id: 'arn:aws:iam::aws:policy/AWSSupportAccess', account: 'aws', service: 'iam' },
  );

export const cases: CheckCase[] = [
  {
    name: 'the managed policy is attached to a role',
    expect: 'pass',
    resource: account(),
    inventory: [supportPolicy([`arn:aws:iam::${ACCOUNT}:role/support`])],
  },
  {
    name: 'found through the roles when the policy itself was not collected',
    expect: 'pass',
    resource: account(),
    inventory: [role('support', ['arn:aws:iam::aws:policy/AWSSupportAccess']), role('app', [])],
  },
  {
    name: 'attached only to a user',
    expect: 'fail',
    resource: account(),
    inventory: [supportPolicy([`arn:aws:iam::${ACCOUNT}:user/alice`])],
  },
  {
    name: 'no role has it',
    expect: 'fail',
    resource: account(),
    inventory: [role('app', ['arn:aws:iam::aws:policy/ReadOnlyAccess'])],
  },
  {
    name: 'suspended account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  { name: 'roles not collected', expect: 'error', resource: account(), message: 'no IAM roles' },
];
