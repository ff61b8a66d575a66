import type { CheckCase } from '../testing.js';
import { ACCOUNT, aws } from './fixture-kit.js';

const role = (trust: unknown[], name = 'app') =>
  aws(
    'identity.role',
    { trust, attachedPolicies: [], inlinePolicies: [] },
    { id: `arn:aws:iam::${ACCOUNT}:role/${name}`, service: 'iam' },
  );

export const cases: CheckCase[] = [
  {
    name: 'trusts EC2',
    expect: 'pass',
    resource: role([
      { effect: 'allow', actions: ['sts:AssumeRole'], principals: ['service:ec2.amazonaws.com'] },
    ]),
  },
  {
    name: 'anyone, but only within the organisation',
    expect: 'pass',
    resource: role([
      {
        effect: 'allow',
        actions: ['sts:AssumeRole'],
        principals: ['*'],
        conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      },
    ]),
  },
  {
    name: 'Principal "*"',
    expect: 'fail',
    resource: role([{ effect: 'allow', actions: ['sts:AssumeRole'], principals: ['*'] }]),
  },
  {
    name: 'Principal "*" with an ExternalId only',
    expect: 'fail',
    resource: role([
      {
        effect: 'allow',
        actions: ['sts:AssumeRole'],
        principals: ['*'],
        conditions: { StringEquals: { 'sts:ExternalId': 'abc' } },
      },
    ]),
  },
  {
    name: 'service-linked role',
    expect: 'not_applicable',
    resource: role(
      [
        {
          effect: 'allow',
          actions: ['sts:AssumeRole'],
          principals: ['service:elasticloadbalancing.amazonaws.com'],
        },
      ],
      'aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing',
    ),
  },
  {
    name: 'trust policy not read',
    expect: 'error',
    resource: aws('identity.role', {}, { id: `arn:aws:iam::${ACCOUNT}:role/x` }),
    message: 'trust',
  },
];
