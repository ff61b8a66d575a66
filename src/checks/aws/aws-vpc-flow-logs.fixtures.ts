import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const VPC = 'arn:aws:ec2:us-east-1:111122223333:vpc/vpc-0abc';
const vpc = (props: Record<string, unknown>) => aws('network.vpc', props, { id: VPC, service: 'vpc' });

export const cases: CheckCase[] = [
  { name: 'flow logs on', expect: 'pass', resource: vpc({ flowLogs: true }) },
  {
    name: 'a flow log resource targets the VPC',
    expect: 'pass',
    resource: vpc({}),
    inventory: [
      aws(
        'logging.flow-log',
        { target: VPC, trafficType: 'reject', enabled: true },
        { service: 'vpc', relations: [{ type: 'attached-to', target: VPC }] },
      ),
    ],
  },
  { name: 'no flow logs', expect: 'fail', resource: vpc({ flowLogs: false }) },
  {
    name: 'VPC shared by another account',
    expect: 'not_applicable',
    resource: aws(
      'network.vpc',
      { flowLogs: false },
      { service: 'vpc', raw: { VpcId: 'vpc-0abc', OwnerId: '999988887777' } },
    ),
  },
  { name: 'flow logs unknown', expect: 'error', resource: vpc({}) },
];
