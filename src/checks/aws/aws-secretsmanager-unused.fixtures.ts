import type { CheckCase } from '../testing.js';
import { aws, daysAgo } from './fixture-kit.js';

const secret = (raw: Record<string, unknown>) =>
  aws('secrets.secret', {}, { service: 'secrets-manager', raw: { Name: 's', ...raw } });

export const cases: CheckCase[] = [
  {
    name: 'read yesterday',
    expect: 'pass',
    resource: secret({ CreatedDate: daysAgo(400), LastAccessedDate: daysAgo(1) }),
  },
  {
    name: 'last read 200 days ago',
    expect: 'fail',
    resource: secret({ CreatedDate: daysAgo(400), LastAccessedDate: daysAgo(200) }),
  },
  { name: 'never read', expect: 'fail', resource: secret({ CreatedDate: daysAgo(400) }) },
  { name: 'new secret', expect: 'not_applicable', resource: secret({ CreatedDate: daysAgo(3) }) },
  { name: 'dates missing', expect: 'error', resource: secret({}) },
];
