import type { CheckCase } from '../testing.js';
import { eventPattern, metricFilterCases } from './monitoring-fixtures.js';

const NAMES = [
  'StopConfigurationRecorder',
  'DeleteDeliveryChannel',
  'PutDeliveryChannel',
  'PutConfigurationRecorder',
];

export const cases: CheckCase[] = metricFilterCases(
  eventPattern(NAMES, 'config.amazonaws.com'),
  eventPattern(NAMES.slice(0, -1), 'config.amazonaws.com'),
);
