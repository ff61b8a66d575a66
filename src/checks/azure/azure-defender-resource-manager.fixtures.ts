import type { CheckCase } from '../testing.js';
import { SUB_ID, subscription, subscriptionResource } from './testkit.js';

const plans: string[] = ['Arm'];
const pricing = (name: string, tier: string) =>
  subscriptionResource(
    'monitoring.config',
    'Microsoft.Security/pricings',
    name,
    { pricingTier: tier },
    SUB_ID,
  );

export const cases: CheckCase[] = [
  {
    name: 'Standard tier',
    expect: 'pass',
    resource: subscription(),
    inventory: plans.map((p) => pricing(p, 'Standard')),
  },
  {
    name: 'Free tier',
    expect: 'fail',
    resource: subscription(),
    inventory: plans.map((p, i) => pricing(p, i === plans.length - 1 ? 'Free' : 'Standard')),
    message: plans.at(-1) ?? '',
  },
  {
    name: 'plan nested under the subscription document',
    expect: 'pass',
    resource: subscription({
      resources: plans.map((p) => ({
        type: 'Microsoft.Security/pricings',
        name: p,
        properties: { pricingTier: 'Standard' },
      })),
    }),
  },
  {
    name: 'a resource group is not a subscription',
    expect: 'not_applicable',
    resource: subscription({}, { id: `${SUB_ID}/resourcegroups/rg-1` }),
  },
  { name: 'plan not collected', expect: 'error', resource: subscription(), message: plans[0] ?? '' },
];
