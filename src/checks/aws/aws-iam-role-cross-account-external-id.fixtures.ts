import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const VENDOR = 'aws:arn:aws:iam::444455556666:root';
const role = (trust: unknown[]) =>
  aws('identity.role', { trust }, { id: `arn:aws:iam::${ACCOUNT}:role/vendor`, service: 'iam' });

export const cases: CheckCase[] = [
  {
    name: 'vendor with an external id',
    expect: 'pass',
    resource: role([
      {
        effect: 'allow',
        actions: ['sts:AssumeRole'],
        principals: [VENDOR],
        conditions: { StringEquals: { 'sts:ExternalId': 'a1b2c3' } },
      },
    ]),
  },
  {
    name: 'vendor without an external id',
    expect: 'fail',
    resource: role([{ effect: 'allow', actions: ['sts:AssumeRole'], principals: [VENDOR] }]),
    message: '444455556666',
  },
  {
    name: 'account listed as trusted',
    expect: 'not_applicable',
    resource: role([{ effect: 'allow', actions: ['sts:AssumeRole'], principals: [VENDOR] }]),
    params: { trustedAccounts: ['444455556666'] },
  },
  {
    name: 'same-account and service trust only',
    expect: 'not_applicable',
    resource: role([
      {
        effect: 'allow',
        actions: ['sts:AssumeRole'],
        principals: [`aws:arn:aws:iam::${ACCOUNT}:root`, 'service:lambda.amazonaws.com'],
      },
    ]),
  },
  { name: 'trust unknown', expect: 'error', resource: aws('identity.role', {}) },
];
