import type { CheckCase } from '../testing.js';
import { eventPattern, metricFilterCases } from './monitoring-fixtures.js';

const NAMES = ['DisableKey', 'ScheduleKeyDeletion'];

export const cases: CheckCase[] = metricFilterCases(
  eventPattern(NAMES, 'kms.amazonaws.com'),
  eventPattern(NAMES.slice(0, -1), 'kms.amazonaws.com'),
);
