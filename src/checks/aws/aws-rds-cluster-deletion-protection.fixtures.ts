import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const cluster = (raw: Record<string, unknown>, extra = {}) =>
  aws('database.cluster', {}, { service: 'aurora', raw: { DBClusterIdentifier: 'main', ...raw }, ...extra });

export const cases: CheckCase[] = [
  { name: 'protected', expect: 'pass', resource: cluster({ DeletionProtection: true }) },
  { name: 'unprotected', expect: 'fail', resource: cluster({ DeletionProtection: false }) },
  {
    name: 'disposable',
    expect: 'not_applicable',
    resource: cluster({ DeletionProtection: false }, { tags: { ephemeral: 'true' } }),
  },
  { name: 'unknown', expect: 'error', resource: cluster({}) },
];
