import type { CheckCase } from '../testing.js';
import { eventPattern, metricFilterCases } from './monitoring-fixtures.js';

const NAMES = [
  'PutBucketAcl',
  'PutBucketPolicy',
  'PutBucketCors',
  'PutBucketLifecycle',
  'PutBucketReplication',
  'DeleteBucketPolicy',
  'DeleteBucketCors',
  'DeleteBucketLifecycle',
  'DeleteBucketReplication',
];

export const cases: CheckCase[] = metricFilterCases(
  eventPattern(NAMES, 's3.amazonaws.com'),
  eventPattern(NAMES.slice(0, -1), 's3.amazonaws.com'),
);
