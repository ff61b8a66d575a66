import type { CheckCase } from '../testing.js';
import { az, SUB_ID, subscriptionResource } from './testkit.js';

const SERVER = 'Microsoft.Sql/servers';
const plan = (tier: string) =>
  subscriptionResource(
    'monitoring.config',
    'Microsoft.Security/pricings',
    'SqlServers',
    { pricingTier: tier },
    SUB_ID,
  );

export const cases: CheckCase[] = [
  {
    name: 'subscription plan on',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's1', { properties: {} }),
    inventory: [plan('Standard')],
  },
  {
    name: 'server alert policy on',
    expect: 'pass',
    resource: az('database.instance', SERVER, 's2', {
      properties: {},
      resources: [{ type: 'securityAlertPolicies', name: 'Default', properties: { state: 'Enabled' } }],
    }),
    inventory: [plan('Free')],
  },
  {
    name: 'plan free and server policy disabled',
    expect: 'fail',
    resource: az('database.instance', SERVER, 's3', {
      properties: {},
      resources: [{ type: 'securityAlertPolicies', name: 'Default', properties: { state: 'Disabled' } }],
    }),
    inventory: [plan('Free')],
  },
  {
    name: 'a database',
    expect: 'not_applicable',
    resource: az('database.instance', 'Microsoft.Sql/servers/databases', 's1/db'),
  },
  {
    name: 'server policy disabled, plan not collected',
    expect: 'error',
    resource: az('database.instance', SERVER, 's4', {
      properties: {},
      resources: [{ type: 'securityAlertPolicies', name: 'Default', properties: { state: 'Disabled' } }],
    }),
    message: 'pricings/SqlServers',
  },
];
