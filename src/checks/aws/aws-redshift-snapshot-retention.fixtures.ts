import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const wh = (raw: Record<string, unknown>) =>
  aws('database.warehouse', {}, { service: 'redshift', raw: { ClusterIdentifier: 'dw', ...raw } });

export const cases: CheckCase[] = [
  { name: '7 days', expect: 'pass', resource: wh({ AutomatedSnapshotRetentionPeriod: 7 }) },
  { name: '1 day (default)', expect: 'fail', resource: wh({ AutomatedSnapshotRetentionPeriod: 1 }) },
  { name: 'deleting', expect: 'not_applicable', resource: wh({ ClusterStatus: 'deleting' }) },
  { name: 'unknown', expect: 'error', resource: wh({}) },
];
