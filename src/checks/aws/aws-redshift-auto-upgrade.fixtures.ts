import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const wh = (raw: Record<string, unknown>) =>
  aws('database.warehouse', {}, { service: 'redshift', raw: { ClusterIdentifier: 'dw', ...raw } });

export const cases: CheckCase[] = [
  { name: 'allowed', expect: 'pass', resource: wh({ AllowVersionUpgrade: true }) },
  { name: 'refused', expect: 'fail', resource: wh({ AllowVersionUpgrade: false }) },
  { name: 'deleting', expect: 'not_applicable', resource: wh({ ClusterStatus: 'deleting' }) },
  { name: 'unknown', expect: 'error', resource: wh({}) },
];
