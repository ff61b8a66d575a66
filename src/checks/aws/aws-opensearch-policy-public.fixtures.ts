import type { CheckCase } from '../testing.js';
import { aws, policyText } from './fixture-kit.js';

const ARN = 'arn:aws:es:us-east-1:111122223333:domain/logs/*';
const d = (raw: Record<string, unknown> | undefined) =>
  aws(
    'analytics.search-domain',
    {},
    { service: 'opensearch', ...(raw ? { raw: { DomainName: 'logs', ...raw } } : {}) },
  );

export const cases: CheckCase[] = [
  {
    name: 'restricted to office addresses',
    expect: 'pass',
    resource: d({
      AccessPolicies: policyText([
        {
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'es:*',
          Resource: ARN,
          Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
        },
      ]),
    }),
  },
  {
    name: 'open to everyone',
    expect: 'fail',
    resource: d({
      AccessPolicies: policyText([
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: ARN },
      ]),
    }),
  },
  {
    name: 'inside a VPC',
    expect: 'not_applicable',
    resource: d({
      VPCOptions: { VPCId: 'vpc-1' },
      AccessPolicies: policyText([
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: ARN },
      ]),
    }),
  },
  { name: 'document missing', expect: 'error', resource: d(undefined) },
];
