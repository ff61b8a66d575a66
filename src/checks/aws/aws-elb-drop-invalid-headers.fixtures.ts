import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'dropped',
    expect: 'pass',
    resource: aws('network.load-balancer', { dropInvalidHeaders: true }, { raw: { Type: 'application' } }),
  },
  {
    name: 'passed',
    expect: 'fail',
    resource: aws('network.load-balancer', { dropInvalidHeaders: false }, { raw: { Type: 'application' } }),
  },
  {
    name: 'classic ELB',
    expect: 'not_applicable',
    resource: aws(
      'network.load-balancer',
      {},
      { raw: { LoadBalancerName: 'old', ListenerDescriptions: [] } },
    ),
  },
  {
    name: 'unknown',
    expect: 'error',
    resource: aws('network.load-balancer', {}, { raw: { Type: 'application' } }),
  },
];
