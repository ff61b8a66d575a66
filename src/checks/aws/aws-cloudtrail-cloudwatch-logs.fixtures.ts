import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

export const cases: CheckCase[] = [
  {
    name: 'delivers to a log group',
    expect: 'pass',
    resource: aws(
      'logging.trail',
      { logging: true },
      {
        raw: {
          Name: 'main',
          CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:ct:*',
        },
      },
    ),
  },
  {
    name: 'S3 only',
    expect: 'fail',
    resource: aws('logging.trail', { logging: true }, { raw: { Name: 'main', S3BucketName: 'trail' } }),
  },
  {
    name: 'SIEM instead',
    expect: 'not_applicable',
    resource: aws('logging.trail', { logging: true }, { raw: { Name: 'main' } }),
    params: { monitoredElsewhere: true },
  },
  { name: 'trail document missing', expect: 'error', resource: aws('logging.trail', { logging: true }) },
];
