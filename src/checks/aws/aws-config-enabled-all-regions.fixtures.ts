import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const regions = [{ RegionName: 'us-east-1' }, { RegionName: 'eu-west-1' }];
const account = () => aws('identity.account', {}, { raw: { Regions: regions } });
const recorder = (region: string, props: Record<string, unknown>) =>
  aws('monitoring.config', props, { region, service: 'config', raw: { name: 'default' } });
const good = { recorderEnabled: true, allResources: true };

export const cases: CheckCase[] = [
  {
    name: 'recording everything in both regions',
    expect: 'pass',
    resource: account(),
    inventory: [recorder('us-east-1', good), recorder('eu-west-1', good)],
  },
  {
    name: 'no recorder in one region',
    expect: 'fail',
    resource: account(),
    inventory: [recorder('us-east-1', good)],
    message: 'eu-west-1',
  },
  {
    name: 'recorder stopped',
    expect: 'fail',
    resource: account(),
    inventory: [
      recorder('us-east-1', good),
      recorder('eu-west-1', { recorderEnabled: false, allResources: true }),
    ],
  },
  {
    name: 'recorder limited to some resource types',
    expect: 'fail',
    resource: account(),
    inventory: [
      recorder('us-east-1', { recorderEnabled: true, allResources: false }),
      recorder('eu-west-1', good),
    ],
  },
  {
    name: 'closed account',
    expect: 'not_applicable',
    resource: aws('identity.account', {}, { raw: { Status: 'SUSPENDED' } }),
  },
  { name: 'regions unknown', expect: 'error', resource: aws('identity.account', {}), message: 'raw.Regions' },
  {
    name: 'recorder status not collected',
    expect: 'error',
    resource: account(),
    inventory: [recorder('us-east-1', good), recorder('eu-west-1', { allResources: true })],
  },
];
