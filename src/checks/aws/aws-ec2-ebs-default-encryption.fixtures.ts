import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const regions = [{ RegionName: 'us-east-1' }, { RegionName: 'eu-west-1' }];

export const cases: CheckCase[] = [
  {
    name: 'on everywhere',
    expect: 'pass',
    resource: aws(
      'identity.account',
      {},
      { raw: { Regions: regions, EbsEncryptionByDefault: { 'us-east-1': true, 'eu-west-1': true } } },
    ),
  },
  {
    name: 'off in one region',
    expect: 'fail',
    resource: aws(
      'identity.account',
      {},
      { raw: { Regions: regions, EbsEncryptionByDefault: { 'us-east-1': true, 'eu-west-1': false } } },
    ),
    message: 'eu-west-1',
  },
  {
    name: 'suspended account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  {
    name: 'one enabled region not collected',
    expect: 'error',
    resource: aws(
      'identity.account',
      {},
      { raw: { Regions: regions, EbsEncryptionByDefault: { 'us-east-1': true } } },
    ),
    message: 'eu-west-1',
  },
];
