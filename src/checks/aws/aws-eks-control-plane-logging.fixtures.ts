import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const eks = (controlPlaneLogging?: string[]) =>
  aws('compute.container-cluster', controlPlaneLogging ? { controlPlaneLogging } : {}, { service: 'eks' });

export const cases: CheckCase[] = [
  {
    name: 'all five types',
    expect: 'pass',
    resource: eks(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']),
  },
  { name: 'api only', expect: 'fail', resource: eks(['api']), message: 'audit' },
  { name: 'none', expect: 'fail', resource: eks([]) },
  {
    name: 'ECS',
    expect: 'not_applicable',
    resource: aws('compute.container-cluster', {}, { service: 'ecs' }),
  },
  { name: 'unknown', expect: 'error', resource: eks() },
];
