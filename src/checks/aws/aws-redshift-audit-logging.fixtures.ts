import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const wh = (raw: Record<string, unknown>) =>
  aws('database.warehouse', {}, { service: 'redshift', raw: { ClusterIdentifier: 'dw', ...raw } });

export const cases: CheckCase[] = [
  {
    name: 'on',
    expect: 'pass',
    resource: wh({ LoggingStatus: { LoggingEnabled: true, LogDestinationType: 'cloudwatch' } }),
  },
  { name: 'off', expect: 'fail', resource: wh({ LoggingStatus: { LoggingEnabled: false } }) },
  { name: 'deleting', expect: 'not_applicable', resource: wh({ ClusterStatus: 'deleting' }) },
  { name: 'logging status not collected', expect: 'error', resource: wh({}) },
];
