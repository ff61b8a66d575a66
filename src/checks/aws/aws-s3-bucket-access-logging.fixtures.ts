import type { CheckCase } from '../testing.js';
import { aws } from './fixture-kit.js';

const LOGS = 'arn:aws:s3:::access-logs';

export const cases: CheckCase[] = [
  {
    name: 'logging on',
    expect: 'pass',
    resource: aws(
      'storage.bucket',
      { accessLogging: true },
      { service: 's3', relations: [{ type: 'logs-to', target: LOGS }] },
    ),
  },
  {
    name: 'logging off',
    expect: 'fail',
    resource: aws('storage.bucket', { accessLogging: false }, { service: 's3' }),
  },
  {
    name: 'the log target bucket itself',
    expect: 'not_applicable',
    resource: aws('storage.bucket', { accessLogging: false }, { id: LOGS, service: 's3' }),
    inventory: [
      aws(
        'storage.bucket',
        { accessLogging: true },
        { service: 's3', relations: [{ type: 'logs-to', target: LOGS }] },
      ),
    ],
  },
  { name: 'unknown', expect: 'error', resource: aws('storage.bucket', {}, { service: 's3' }) },
];
