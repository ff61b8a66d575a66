import type { CheckCase } from '../testing.js';
import { aws, daysAhead } from './fixture-kit.js';

const cert = (raw: Record<string, unknown>, service = 'acm') =>
  aws(
    'crypto.certificate',
    {},
    { service, raw: { InUseBy: ['arn:aws:elasticloadbalancing:…/app/web'], ...raw } },
  );

export const cases: CheckCase[] = [
  { name: 'valid for 200 days', expect: 'pass', resource: cert({ NotAfter: daysAhead(200) }) },
  {
    name: 'expires in 10 days',
    expect: 'fail',
    resource: cert({ NotAfter: daysAhead(10), Type: 'IMPORTED' }),
  },
  {
    name: 'unused certificate',
    expect: 'not_applicable',
    resource: cert({ NotAfter: daysAhead(1), InUseBy: [] }),
  },
  { name: 'IAM server certificate', expect: 'not_applicable', resource: cert({}, 'iam') },
  { name: 'expiry unknown', expect: 'error', resource: cert({}) },
];
