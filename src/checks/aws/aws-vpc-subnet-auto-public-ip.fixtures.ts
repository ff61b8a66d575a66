import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  { name: 'off', expect: 'pass', resource: aws('network.subnet', { mapPublicIpOnLaunch: false }) },
  { name: 'on', expect: 'fail', resource: aws('network.subnet', { mapPublicIpOnLaunch: true }) },
  {
    name: 'approved public subnet',
    expect: 'not_applicable',
    resource: aws(
      'network.subnet',
      { mapPublicIpOnLaunch: true },
      { tags: { 'public-subnet-approved': 'true' } },
    ),
  },
  { name: 'unknown', expect: 'error', resource: aws('network.subnet', {}) },
];
