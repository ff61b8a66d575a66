import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const eks = (version?: string) =>
  aws('compute.container-cluster', version ? { version } : {}, { service: 'eks' });

export const cases: CheckCase[] = [
  { name: '1.33', expect: 'pass', resource: eks('1.33') },
  { name: '1.27', expect: 'fail', resource: eks('1.27') },
  { name: 'custom floor', expect: 'fail', resource: eks('1.31'), params: { oldestSupported: '1.32' } },
  {
    name: 'ECS',
    expect: 'not_applicable',
    resource: aws('compute.container-cluster', { version: '1.0' }, { service: 'ecs' }),
  },
  { name: 'unknown', expect: 'error', resource: eks() },
];
