import type { CheckCase } from '../testing.js';
import { metricFilterCases } from './monitoring-fixtures.js';

export const cases: CheckCase[] = metricFilterCases(
  '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  '{ $.eventName = "ConsoleLogin" }',
);
