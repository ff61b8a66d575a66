import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws, daysAgo } from './fixture-kit.js';

const root = (props: Record<string, unknown>) =>
  aws(
    'identity.principal',
    { type: 'root', accessKeys: [], ...props },
    { id: `arn:aws:iam::${ACCOUNT}:root`, service: 'iam' },
  );

export const cases: CheckCase[] = [
  { name: 'last sign-in a year ago', expect: 'pass', resource: root({ passwordLastUsed: daysAgo(365) }) },
  { name: 'never signed in', expect: 'pass', resource: root({ passwordLastUsed: 'no_information' }) },
  { name: 'signed in yesterday', expect: 'fail', resource: root({ passwordLastUsed: daysAgo(1) }) },
  {
    name: 'root key used last week',
    expect: 'fail',
    resource: root({
      passwordLastUsed: daysAgo(400),
      accessKeys: [{ id: 'AKIAROOT', active: true, created: daysAgo(900), lastUsed: daysAgo(7) }],
    }),
    message: 'AKIAROOT',
  },
  {
    name: 'an IAM user',
    expect: 'not_applicable',
    resource: aws('identity.principal', { type: 'user', passwordLastUsed: daysAgo(1) }),
  },
  { name: 'credential report missing', expect: 'error', resource: root({}), message: 'passwordLastUsed' },
];
