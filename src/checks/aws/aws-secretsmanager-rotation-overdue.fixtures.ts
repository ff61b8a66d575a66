import type { CheckCase } from '../testing.js';
import { aws, daysAgo } from './fixture-kit.js';

const secret = (raw: Record<string, unknown>, rotationEnabled = true) =>
  aws(
    'secrets.secret',
    { rotationEnabled },
    { service: 'secrets-manager', raw: { Name: 's', RotationRules: { AutomaticallyAfterDays: 30 }, ...raw } },
  );

export const cases: CheckCase[] = [
  { name: 'rotated last week', expect: 'pass', resource: secret({ LastRotatedDate: daysAgo(7) }) },
  { name: 'last rotation 100 days ago', expect: 'fail', resource: secret({ LastRotatedDate: daysAgo(100) }) },
  { name: 'rotation off', expect: 'not_applicable', resource: secret({}, false) },
  {
    name: 'dates missing',
    expect: 'error',
    resource: aws('secrets.secret', { rotationEnabled: true }, { raw: { Name: 's' } }),
  },
];
