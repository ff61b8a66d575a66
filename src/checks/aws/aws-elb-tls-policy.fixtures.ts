import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const lb = (listeners?: unknown[]) =>
  aws(
    'network.load-balancer',
    listeners ? { listeners, scheme: 'internet-facing' } : { scheme: 'internet-facing' },
    { service: 'elb' },
  );

export const cases: CheckCase[] = [
  {
    name: 'TLS 1.3 policy',
    expect: 'pass',
    resource: lb([{ protocol: 'HTTPS', port: 443, tlsPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }]),
  },
  {
    name: 'NLB TLS 1.2 policy',
    expect: 'pass',
    resource: lb([{ protocol: 'TLS', port: 8443, tlsPolicy: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06' }]),
  },
  {
    name: '2016-08 policy',
    expect: 'fail',
    resource: lb([{ protocol: 'HTTPS', port: 443, tlsPolicy: 'ELBSecurityPolicy-2016-08' }]),
  },
  { name: 'HTTP only', expect: 'not_applicable', resource: lb([{ protocol: 'HTTP', port: 80 }]) },
  { name: 'unknown', expect: 'error', resource: lb() },
];
