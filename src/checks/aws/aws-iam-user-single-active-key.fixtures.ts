import type { CheckCase } from '../testing.js';
import { aws, daysAgo } from './fixture-kit.js';

const key = (id: string, active: boolean) => ({ id, active, created: daysAgo(10) });
const user = (accessKeys: unknown[]) =>
  aws('identity.principal', { type: 'user', accessKeys }, { service: 'iam' });

export const cases: CheckCase[] = [
  { name: 'one active key', expect: 'pass', resource: user([key('AKIA1', true), key('AKIA2', false)]) },
  { name: 'no keys', expect: 'pass', resource: user([]) },
  {
    name: 'two active keys',
    expect: 'fail',
    resource: user([key('AKIA1', true), key('AKIA2', true)]),
    message: 'AKIA2',
  },
  {
    name: 'root is checked elsewhere',
    expect: 'not_applicable',
    resource: aws('identity.principal', { type: 'root', accessKeys: [] }),
  },
  {
    name: 'keys not listed',
    expect: 'error',
    resource: aws('identity.principal', { type: 'user' }),
    message: 'accessKeys',
  },
];
