import type { CheckCase } from '../testing.js';
import { metricFilterCases } from './monitoring-fixtures.js';

export const cases: CheckCase[] = metricFilterCases(
  '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  '{ ($.eventName = ConsoleLogin) }',
);
