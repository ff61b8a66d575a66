import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const active = [{ arn: 'arn:aws:access-analyzer:r:1:analyzer/a', status: 'ACTIVE', type: 'ACCOUNT' }];
const regions = [
  { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
  { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
  { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
];

export const cases: CheckCase[] = [
  {
    name: 'active in both enabled regions (a region not opted in is skipped)',
    expect: 'pass',
    resource: aws(
      'identity.account',
      {},
      { raw: { Regions: regions, AccessAnalyzers: { 'us-east-1': active, 'eu-west-1': active } } },
    ),
  },
  {
    name: 'none in one region',
    expect: 'fail',
    resource: aws(
      'identity.account',
      {},
      { raw: { Regions: regions, AccessAnalyzers: { 'us-east-1': active, 'eu-west-1': [] } } },
    ),
    message: 'eu-west-1',
  },
  {
    name: 'analyzer disabled',
    expect: 'fail',
    resource: aws(
      'identity.account',
      {},
      { raw: { AccessAnalyzers: { 'us-east-1': [{ status: 'DISABLED' }] } } },
    ),
  },
  {
    name: 'suspended account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  {
    name: 'an enabled region was not collected',
    expect: 'error',
    resource: aws(
      'identity.account',
      {},
      { raw: { Regions: regions, AccessAnalyzers: { 'us-east-1': active } } },
    ),
    message: 'eu-west-1',
  },
];
