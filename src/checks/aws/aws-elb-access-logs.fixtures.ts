import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'on',
    expect: 'pass',
    resource: aws('network.load-balancer', { accessLogging: true }, { raw: { Type: 'application' } }),
  },
  {
    name: 'off',
    expect: 'fail',
    resource: aws('network.load-balancer', { accessLogging: false }, { raw: { Type: 'network' } }),
  },
  {
    name: 'gateway LB',
    expect: 'not_applicable',
    resource: aws('network.load-balancer', { accessLogging: false }, { raw: { Type: 'gateway' } }),
  },
  {
    name: 'attributes unknown',
    expect: 'error',
    resource: aws('network.load-balancer', {}, { raw: { Type: 'application' } }),
  },
];
