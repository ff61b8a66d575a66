import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'KMS',
    expect: 'pass',
    resource: aws(
      'compute.container-cluster',
      { secretsEncryption: { enabled: true, keyType: 'customer-managed' } },
      { service: 'eks' },
    ),
  },
  {
    name: 'none',
    expect: 'fail',
    resource: aws('compute.container-cluster', { secretsEncryption: { enabled: false } }, { service: 'eks' }),
  },
  {
    name: 'ECS',
    expect: 'not_applicable',
    resource: aws('compute.container-cluster', {}, { service: 'ecs' }),
  },
  { name: 'unknown', expect: 'error', resource: aws('compute.container-cluster', {}, { service: 'eks' }) },
];
