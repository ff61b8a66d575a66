import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const VPC = 'arn:aws:ec2:us-east-1:111122223333:vpc/vpc-default';

export const cases: CheckCase[] = [
  {
    name: 'empty default VPC (its own subnets do not count)',
    expect: 'pass',
    resource: aws('network.vpc', { isDefault: true }, { id: VPC }),
    inventory: [aws('network.subnet', { vpc: VPC }, { relations: [{ type: 'in-vpc', target: VPC }] })],
  },
  {
    name: 'instance in the default VPC',
    expect: 'fail',
    resource: aws('network.vpc', { isDefault: true }, { id: VPC }),
    inventory: [
      aws('compute.instance', { state: 'running' }, { relations: [{ type: 'in-vpc', target: VPC }] }),
    ],
  },
  { name: 'custom VPC', expect: 'not_applicable', resource: aws('network.vpc', { isDefault: false }) },
  { name: 'unknown', expect: 'error', resource: aws('network.vpc', {}) },
];
