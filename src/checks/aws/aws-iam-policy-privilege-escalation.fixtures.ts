// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables such as ${aws:username} are literal policy text.
import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const policy = (statements: unknown[], extra: Record<string, unknown> = {}) =>
  aws('identity.policy', { statements, managedBy: 'customer', ...extra }, { service: 'iam' });

export const cases: CheckCase[] = [
  {
    name: 'developer read access',
    expect: 'pass',
    resource: policy([
      { effect: 'allow', actions: ['ec2:Describe*', 'logs:Get*', 'iam:List*'], resources: ['*'] },
    ]),
  },
  {
    name: 'self-service access keys only',
    expect: 'pass',
    resource: policy([
      {
        effect: 'allow',
        actions: ['iam:CreateAccessKey', 'iam:DeleteAccessKey'],
        resources: ['arn:aws:iam::*:user/${aws:username}'],
      },
    ]),
  },
  {
    name: 'PassRole with RunInstances',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['iam:PassRole', 'ec2:RunInstances'], resources: ['*'] }]),
    message: 'EC2',
  },
  {
    name: 'CreatePolicyVersion',
    expect: 'fail',
    resource: policy([{ effect: 'allow', actions: ['iam:CreatePolicyVersion'], resources: ['*'] }]),
  },
  { name: 'AWS managed policy', expect: 'not_applicable', resource: policy([], { managedBy: 'provider' }) },
  {
    name: 'statements unknown',
    expect: 'error',
    resource: aws('identity.policy', { managedBy: 'customer' }),
  },
];
