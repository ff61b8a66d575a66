import type { CheckCase } from '../testing.js';
import { eventPattern, metricFilterCases } from './monitoring-fixtures.js';

const NAMES = [
  'AcceptHandshake',
  'AttachPolicy',
  'CreateAccount',
  'CreateOrganizationalUnit',
  'CreatePolicy',
  'DeclineHandshake',
  'DeleteOrganization',
  'DeleteOrganizationalUnit',
  'DeletePolicy',
  'DetachPolicy',
  'DisablePolicyType',
  'EnablePolicyType',
  'InviteAccountToOrganization',
  'LeaveOrganization',
  'MoveAccount',
  'RemoveAccountFromOrganization',
  'UpdatePolicy',
  'UpdateOrganizationalUnit',
];

export const cases: CheckCase[] = metricFilterCases(
  eventPattern(NAMES, 'organizations.amazonaws.com'),
  eventPattern(NAMES.slice(0, -1), 'organizations.amazonaws.com'),
);
