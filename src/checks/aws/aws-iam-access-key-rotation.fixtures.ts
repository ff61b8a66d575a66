import type { CheckCase } from '../testing.js';
import { aws, daysAgo } from './fixture-kit.js';

const user = (accessKeys: unknown[]) =>
  aws('identity.principal', { type: 'user', accessKeys }, { service: 'iam' });

export const cases: CheckCase[] = [
  {
    name: 'key created 30 days ago',
    expect: 'pass',
    resource: user([{ id: 'AKIA1', active: true, created: daysAgo(30) }]),
  },
  {
    name: 'key created 200 days ago',
    expect: 'fail',
    resource: user([{ id: 'AKIA1', active: true, created: daysAgo(200) }]),
    message: 'AKIA1',
  },
  {
    name: 'old key is inactive, new key young',
    expect: 'pass',
    resource: user([
      { id: 'AKIA1', active: false, created: daysAgo(400) },
      { id: 'AKIA2', active: true, created: daysAgo(10) },
    ]),
  },
  {
    name: 'no active key',
    expect: 'not_applicable',
    resource: user([{ id: 'AKIA1', active: false, created: daysAgo(400) }]),
  },
  {
    name: 'a group is not a user',
    expect: 'not_applicable',
    resource: aws('identity.principal', { type: 'group' }),
  },
  { name: 'keys unknown', expect: 'error', resource: aws('identity.principal', { type: 'user' }) },
];
