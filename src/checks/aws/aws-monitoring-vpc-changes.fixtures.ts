import type { CheckCase } from '../testing.js';
import { eventPattern, metricFilterCases } from './monitoring-fixtures.js';

const NAMES = [
  'CreateVpc',
  'DeleteVpc',
  'ModifyVpcAttribute',
  'AcceptVpcPeeringConnection',
  'CreateVpcPeeringConnection',
  'DeleteVpcPeeringConnection',
  'RejectVpcPeeringConnection',
  'AttachClassicLinkVpc',
  'DetachClassicLinkVpc',
  'DisableVpcClassicLink',
  'EnableVpcClassicLink',
];

export const cases: CheckCase[] = metricFilterCases(eventPattern(NAMES), eventPattern(NAMES.slice(0, -1)));
