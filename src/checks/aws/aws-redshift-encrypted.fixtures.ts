import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const wh = (raw: Record<string, unknown>) =>
  aws('database.warehouse', {}, { service: 'redshift', raw: { ClusterIdentifier: 'dw', ...raw } });

export const cases: CheckCase[] = [
  { name: 'encrypted', expect: 'pass', resource: wh({ Encrypted: true }) },
  { name: 'plain', expect: 'fail', resource: wh({ Encrypted: false }) },
  { name: 'deleting', expect: 'not_applicable', resource: wh({ ClusterStatus: 'deleting' }) },
  { name: 'unknown', expect: 'error', resource: wh({}) },
];
