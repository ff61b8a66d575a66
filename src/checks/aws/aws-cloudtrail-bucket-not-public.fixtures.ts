import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const trail = (props: Record<string, unknown> = { bucket: 'trail-logs', logging: true }) =>
  aws('logging.trail', props, { service: 'cloudtrail' });
const bucket = (props: Record<string, unknown>) =>
  aws('storage.bucket', props, { id: 'arn:aws:s3:::trail-logs', service: 's3' });

export const cases: CheckCase[] = [
  { name: 'blocked', expect: 'pass', resource: trail(), inventory: [bucket({ publicAccessBlocked: true })] },
  {
    name: 'private',
    expect: 'pass',
    resource: trail(),
    inventory: [bucket({ publicAccessBlocked: false, publicRead: false })],
  },
  {
    name: 'public',
    expect: 'fail',
    resource: trail(),
    inventory: [bucket({ publicAccessBlocked: false, publicRead: true })],
  },
  {
    name: 'trail stopped',
    expect: 'not_applicable',
    resource: trail({ bucket: 'trail-logs', logging: false }),
  },
  { name: 'bucket not collected', expect: 'error', resource: trail() },
];
