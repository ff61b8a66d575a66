import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const hub = (region: string) => ({
  HubArn: `arn:aws:securityhub:${region}:111122223333:hub/default`,
  AutoEnableControls: true,
});

export const cases: CheckCase[] = [
  {
    name: 'enabled in both regions',
    expect: 'pass',
    resource: aws(
      'identity.account',
      {},
      { raw: { SecurityHub: { 'us-east-1': hub('us-east-1'), 'eu-west-1': hub('eu-west-1') } } },
    ),
  },
  {
    name: 'not enabled in one region',
    expect: 'fail',
    resource: aws(
      'identity.account',
      {},
      { raw: { SecurityHub: { 'us-east-1': hub('us-east-1'), 'eu-west-1': null } } },
    ),
    message: 'eu-west-1',
  },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  {
    name: 'not collected',
    expect: 'error',
    resource: aws('identity.account', {}, { raw: { Regions: [] } }),
    message: 'raw.SecurityHub',
  },
];
