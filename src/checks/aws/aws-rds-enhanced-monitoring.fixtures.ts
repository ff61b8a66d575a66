import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const prod = (raw: Record<string, unknown> | undefined) => ({
  tags: { environment: 'production' },
  ...(raw ? { raw } : {}),
});

export const cases: CheckCase[] = [
  {
    name: 'every 60 s',
    expect: 'pass',
    resource: aws('database.instance', {}, prod({ DBInstanceIdentifier: 'db', MonitoringInterval: 60 })),
  },
  {
    name: 'off',
    expect: 'fail',
    resource: aws('database.instance', {}, prod({ DBInstanceIdentifier: 'db', MonitoringInterval: 0 })),
  },
  {
    name: 'not production',
    expect: 'not_applicable',
    resource: aws('database.instance', {}, { raw: { MonitoringInterval: 0 } }),
  },
  { name: 'document missing', expect: 'error', resource: aws('database.instance', {}, prod(undefined)) },
];
