import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cluster = (raw: Record<string, unknown>) =>
  aws(
    'database.cluster',
    {},
    { service: 'aurora', raw: { DBClusterIdentifier: 'main', Status: 'available', ...raw } },
  );

export const cases: CheckCase[] = [
  { name: 'encrypted', expect: 'pass', resource: cluster({ StorageEncrypted: true }) },
  { name: 'unencrypted', expect: 'fail', resource: cluster({ StorageEncrypted: false }) },
  { name: 'deleting', expect: 'not_applicable', resource: cluster({ Status: 'deleting' }) },
  { name: 'unknown', expect: 'error', resource: cluster({}) },
];
