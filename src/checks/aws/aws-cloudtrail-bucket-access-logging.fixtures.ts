import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const trail = (props: Record<string, unknown> = { bucket: 'trail-logs', logging: true }) =>
  aws('logging.trail', props, { service: 'cloudtrail' });
const bucket = (props: Record<string, unknown>) =>
  aws('storage.bucket', props, { id: 'arn:aws:s3:::trail-logs', service: 's3' });

export const cases: CheckCase[] = [
  {
    name: 'trail bucket logged',
    expect: 'pass',
    resource: trail(),
    inventory: [bucket({ accessLogging: true })],
  },
  {
    name: 'trail bucket not logged',
    expect: 'fail',
    resource: trail(),
    inventory: [bucket({ accessLogging: false })],
  },
  {
    name: 'trail stopped',
    expect: 'not_applicable',
    resource: trail({ bucket: 'trail-logs', logging: false }),
  },
  {
    name: 'bucket in another account, not collected',
    expect: 'error',
    resource: trail(),
    message: 'not in the inventory',
  },
  {
    name: 'bucket logging unknown',
    expect: 'error',
    resource: trail(),
    inventory: [bucket({})],
    message: 'access logging',
  },
];
