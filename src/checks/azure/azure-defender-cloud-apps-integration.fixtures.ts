import type { CheckCase } from '../testing.js';
import { SUB_ID, subscription, subscriptionResource } from './testkit.js';

const setting = (enabled: boolean) =>
  subscriptionResource('monitoring.config', 'Microsoft.Security/settings', 'MCAS', { enabled }, SUB_ID);

export const cases: CheckCase[] = [
  { name: 'enabled', expect: 'pass', resource: subscription(), inventory: [setting(true)] },
  { name: 'disabled', expect: 'fail', resource: subscription(), inventory: [setting(false)] },
  {
    name: 'a resource group',
    expect: 'not_applicable',
    resource: subscription({}, { id: `${SUB_ID}/resourcegroups/x` }),
  },
  { name: 'settings not collected', expect: 'error', resource: subscription(), message: 'MCAS' },
];
