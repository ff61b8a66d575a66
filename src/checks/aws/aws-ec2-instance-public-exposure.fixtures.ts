import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws, ingress, REGION } from './fixture-kit.js';

const SUBNET = `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-0pub`;
const SG = `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0web`;

const instance = (props: Record<string, unknown> = {}) =>
  aws(
    'compute.instance',
    {
      state: 'running',
      publicIps: ['198.51.100.10'],
      subnet: 'subnet-0pub',
      securityGroups: ['sg-0web'],
      ...props,
    },
    {
      relations: [
        { type: 'in-subnet', target: SUBNET },
        { type: 'uses-security-group', target: SG },
      ],
    },
  );
const subnet = (isPublic: boolean) =>
  aws('network.subnet', { public: isPublic, vpc: 'vpc-1' }, { id: SUBNET, service: 'vpc' });
const sg = (peers: string[]) =>
  aws(
    'network.security-group',
    { rules: [ingress('tcp', 22, 22, peers)], attachedTo: ['i-1'] },
    { id: SG, service: 'vpc' },
  );

export const cases: CheckCase[] = [
  { name: 'no public IP', expect: 'pass', resource: instance({ publicIps: [] }) },
  {
    name: 'public IP but private subnet',
    expect: 'pass',
    resource: instance(),
    inventory: [subnet(false), sg(['0.0.0.0/0'])],
  },
  {
    name: 'public subnet, closed security group',
    expect: 'pass',
    resource: instance(),
    inventory: [subnet(true), sg(['10.0.0.0/8'])],
  },
  {
    name: 'public IP, public subnet, SSH open to the world',
    expect: 'fail',
    resource: instance(),
    inventory: [subnet(true), sg(['0.0.0.0/0'])],
    message: '198.51.100.10',
  },
  {
    name: 'groups found by plain id through the EC2 ARN form',
    expect: 'fail',
    resource: aws('compute.instance', {
      state: 'running',
      publicIps: ['198.51.100.11'],
      subnet: 'subnet-0pub',
      securityGroups: ['sg-0web'],
    }),
    inventory: [subnet(true), sg(['::/0'])],
  },
  {
    name: 'stopped',
    expect: 'not_applicable',
    resource: instance({ state: 'stopped' }),
    inventory: [subnet(true), sg(['0.0.0.0/0'])],
  },
  {
    name: 'subnet not collected',
    expect: 'error',
    resource: instance(),
    inventory: [sg(['0.0.0.0/0'])],
    message: 'subnet',
  },
  {
    name: 'security group not collected',
    expect: 'error',
    resource: instance(),
    inventory: [subnet(true)],
    message: 'sg-0web',
  },
];
