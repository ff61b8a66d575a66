import type { CheckCase } from '../testing.js';
import { eventPattern, metricFilterCases } from './monitoring-fixtures.js';

const NAMES = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];

export const cases: CheckCase[] = metricFilterCases(eventPattern(NAMES), eventPattern(NAMES.slice(0, -1)));
