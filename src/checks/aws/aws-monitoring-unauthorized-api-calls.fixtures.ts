import type { CheckCase } from '../testing.js';
import { metricFilterCases } from './monitoring-fixtures.js';

export const cases: CheckCase[] = metricFilterCases(
  '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  '{ $.errorCode = "*UnauthorizedOperation" }',
);
