import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const eks = (props: Record<string, unknown>, service = 'eks') =>
  aws('compute.container-cluster', props, { service });

export const cases: CheckCase[] = [
  { name: 'private only', expect: 'pass', resource: eks({ endpointPublic: false }) },
  {
    name: 'public, limited to the office',
    expect: 'pass',
    resource: eks({ endpointPublic: true, endpointAllowedCidrs: ['203.0.113.0/24'] }),
  },
  {
    name: 'public to the world (default)',
    expect: 'fail',
    resource: eks({ endpointPublic: true, endpointAllowedCidrs: ['0.0.0.0/0'] }),
  },
  { name: 'an ECS cluster', expect: 'not_applicable', resource: eks({}, 'ecs') },
  { name: 'unknown', expect: 'error', resource: eks({ endpointPublic: true }) },
];
