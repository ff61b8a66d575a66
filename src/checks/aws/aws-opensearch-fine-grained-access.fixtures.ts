import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const d = (raw: Record<string, unknown>) =>
  aws('analytics.search-domain', {}, { service: 'opensearch', raw: { DomainName: 'logs', ...raw } });

export const cases: CheckCase[] = [
  {
    name: 'on',
    expect: 'pass',
    resource: d({ AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false } }),
  },
  { name: 'off', expect: 'fail', resource: d({ AdvancedSecurityOptions: { Enabled: false } }) },
  { name: 'being deleted', expect: 'not_applicable', resource: d({ Deleted: true }) },
  { name: 'unknown', expect: 'error', resource: d({}) },
];
