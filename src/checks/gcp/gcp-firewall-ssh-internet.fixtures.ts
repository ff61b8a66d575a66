import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const rule = (n: string, body: Record<string, unknown>) =>
  gcp('network.security-group', names.firewall(n), {
    name: n,
    network: 'global/networks/prod',
    direction: 'INGRESS',
    priority: 1000,
    ...body,
  });

export const cases: CheckCase[] = [
  {
    name: 'from the IAP range',
    expect: 'pass',
    resource: rule('iap', {
      sourceRanges: ['35.235.240.0/20'],
      allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
    }),
  },
  {
    name: 'from anywhere',
    expect: 'fail',
    resource: rule('open', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }),
  },
  {
    name: 'all protocols from anywhere',
    expect: 'fail',
    resource: rule('all', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'all' }] }),
  },
  {
    name: 'port range from anywhere',
    expect: 'fail',
    resource: rule('range', {
      sourceRanges: ['0.0.0.0/0', '::/0'],
      allowed: [{ IPProtocol: 'tcp', ports: ['1-65535'] }],
    }),
  },
  {
    name: 'disabled rule',
    expect: 'pass',
    resource: rule('off', {
      disabled: true,
      sourceRanges: ['0.0.0.0/0'],
      allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
    }),
  },
  {
    name: 'deny rule',
    expect: 'pass',
    resource: rule('deny', { sourceRanges: ['0.0.0.0/0'], denied: [{ IPProtocol: 'tcp', ports: ['22'] }] }),
  },
  {
    name: 'a Cloud Armor policy',
    expect: 'not_applicable',
    resource: gcp(
      'network.security-group',
      '//compute.googleapis.com/projects/acme-prod/global/securityPolicies/armor',
      {},
    ),
  },
  {
    name: 'rule body not collected',
    expect: 'error',
    resource: gcp('network.security-group', names.firewall('x'), {}, { raw: {} }),
  },
];
