import type { CheckCase } from '../testing.js';
import { metricFilterCases } from './monitoring-fixtures.js';

export const cases: CheckCase[] = metricFilterCases(
  '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  '{ $.eventType != "AwsServiceEvent" }',
);
