import type { CheckCase } from '../testing.js';
import { portCases } from './port-fixtures.js';

export const cases: CheckCase[] = portCases(137, 'tcp');
