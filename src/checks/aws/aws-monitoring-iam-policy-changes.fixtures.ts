import type { CheckCase } from '../testing.js';
import { eventPattern, metricFilterCases } from './monitoring-fixtures.js';

const NAMES = [
  'DeleteGroupPolicy',
  'DeleteRolePolicy',
  'DeleteUserPolicy',
  'PutGroupPolicy',
  'PutRolePolicy',
  'PutUserPolicy',
  'CreatePolicy',
  'DeletePolicy',
  'CreatePolicyVersion',
  'DeletePolicyVersion',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'AttachUserPolicy',
  'DetachUserPolicy',
  'AttachGroupPolicy',
  'DetachGroupPolicy',
];

export const cases: CheckCase[] = metricFilterCases(eventPattern(NAMES), eventPattern(NAMES.slice(0, -1)));
