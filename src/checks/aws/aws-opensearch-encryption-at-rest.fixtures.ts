import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const d = (raw: Record<string, unknown>) =>
  aws('analytics.search-domain', {}, { service: 'opensearch', raw: { DomainName: 'logs', ...raw } });

export const cases: CheckCase[] = [
  {
    name: 'encrypted',
    expect: 'pass',
    resource: d({ EncryptionAtRestOptions: { Enabled: true, KmsKeyId: 'k' } }),
  },
  { name: 'plain', expect: 'fail', resource: d({ EncryptionAtRestOptions: { Enabled: false } }) },
  { name: 'being deleted', expect: 'not_applicable', resource: d({ Deleted: true }) },
  { name: 'unknown', expect: 'error', resource: d({}) },
];
