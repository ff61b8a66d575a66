import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`;
const role = (attachedPolicies: string[], inlinePolicies: unknown[] = []) =>
  aws('identity.role', { trust: [], attachedPolicies, inlinePolicies }, { id: ROLE, service: 'iam' });
const instance = (
  props: Record<string, unknown> = { state: 'running', role: `arn:aws:iam::${ACCOUNT}:instance-profile/app` },
) => aws('compute.instance', props);

export const cases: CheckCase[] = [
  {
    name: 'scoped role',
    expect: 'pass',
    resource: instance(),
    inventory: [
      role([], [[{ effect: 'allow', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::app-config/*'] }]]),
    ],
  },
  {
    name: 'AdministratorAccess',
    expect: 'fail',
    resource: instance(),
    inventory: [role(['arn:aws:iam::aws:policy/AdministratorAccess'])],
  },
  {
    name: 'found through a uses-role relation',
    expect: 'fail',
    resource: aws(
      'compute.instance',
      { state: 'running' },
      { relations: [{ type: 'uses-role', target: ROLE }] },
    ),
    inventory: [role([], [[{ effect: 'allow', actions: ['*'], resources: ['*'] }]])],
  },
  { name: 'no role', expect: 'not_applicable', resource: instance({ state: 'running', role: '' }) },
  { name: 'terminated', expect: 'not_applicable', resource: instance({ state: 'terminated', role: ROLE }) },
  { name: 'role not collected', expect: 'error', resource: instance(), message: 'not in the inventory' },
];
