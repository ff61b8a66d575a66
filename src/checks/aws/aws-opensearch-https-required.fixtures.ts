import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const d = (raw: Record<string, unknown>) =>
  aws('analytics.search-domain', {}, { service: 'opensearch', raw: { DomainName: 'logs', ...raw } });

export const cases: CheckCase[] = [
  {
    name: 'HTTPS and TLS 1.2',
    expect: 'pass',
    resource: d({
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
    }),
  },
  {
    name: 'HTTPS with the TLS 1.0 policy',
    expect: 'fail',
    resource: d({
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
    }),
  },
  { name: 'HTTP allowed', expect: 'fail', resource: d({ DomainEndpointOptions: { EnforceHTTPS: false } }) },
  { name: 'being deleted', expect: 'not_applicable', resource: d({ Deleted: true }) },
  { name: 'unknown', expect: 'error', resource: d({}) },
];
