import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws, ingress, REGION } from './fixture-kit.js';

const SG = `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-db`;
const db = (props: Record<string, unknown>) =>
  aws('database.instance', { engine: 'postgres', securityGroups: ['sg-db'], ...props }, { service: 'rds' });
const sg = (peers: string[]) =>
  aws('network.security-group', { rules: [ingress('tcp', 5432, 5432, peers)] }, { id: SG, service: 'vpc' });

export const cases: CheckCase[] = [
  {
    name: 'public but closed',
    expect: 'pass',
    resource: db({ publiclyAccessible: true }),
    inventory: [sg(['10.0.0.0/16'])],
  },
  {
    name: 'public and open',
    expect: 'fail',
    resource: db({ publiclyAccessible: true }),
    inventory: [sg(['0.0.0.0/0'])],
  },
  {
    name: 'private database',
    expect: 'not_applicable',
    resource: db({ publiclyAccessible: false }),
    inventory: [sg(['0.0.0.0/0'])],
  },
  {
    name: 'security group missing',
    expect: 'error',
    resource: db({ publiclyAccessible: true }),
    message: 'sg-db',
  },
];
