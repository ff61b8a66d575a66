import type { CheckCase } from '../testing.js';
import { gcp, names } from './testkit.js';

const be = (n: string, body: Record<string, unknown>) =>
  gcp('network.load-balancer', names.backendService(n), { protocol: 'HTTPS', ...body });

export const cases: CheckCase[] = [
  {
    name: 'logging on',
    expect: 'pass',
    resource: be('web', {
      loadBalancingScheme: 'EXTERNAL_MANAGED',
      logConfig: { enable: true, sampleRate: 1 },
    }),
  },
  {
    name: 'logging off',
    expect: 'fail',
    resource: be('web2', { loadBalancingScheme: 'EXTERNAL', logConfig: { enable: false } }),
  },
  { name: 'no log config', expect: 'fail', resource: be('web3', { loadBalancingScheme: 'EXTERNAL' }) },
  {
    name: 'internal load balancer',
    expect: 'not_applicable',
    resource: be('int', { loadBalancingScheme: 'INTERNAL_MANAGED' }),
  },
  { name: 'scheme not collected', expect: 'error', resource: be('x', {}) },
];
