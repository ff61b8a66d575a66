import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'logging',
    expect: 'pass',
    resource: aws('logging.trail', { logging: true }, { raw: { HomeRegion: 'us-east-1' } }),
  },
  {
    name: 'stopped',
    expect: 'fail',
    resource: aws('logging.trail', { logging: false }, { raw: { HomeRegion: 'us-east-1' } }),
  },
  {
    name: 'copy in another region',
    expect: 'not_applicable',
    resource: aws(
      'logging.trail',
      { logging: false },
      { region: 'eu-west-1', raw: { HomeRegion: 'us-east-1' } },
    ),
  },
  {
    name: 'status not collected',
    expect: 'error',
    resource: aws(
      'logging.trail',
      {},
      { unknown: [{ path: 'logging', reason: 'GetTrailStatus throttled' }] },
    ),
  },
];
