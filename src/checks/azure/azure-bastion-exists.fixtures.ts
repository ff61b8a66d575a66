import type { CheckCase } from '../testing.js';
import { az, SUB_ID, subscription } from './testkit.js';

const bastion = az('network.gateway', 'Microsoft.Network/bastionHosts', 'bastion-hub', {
  properties: { scaleUnits: 2 },
});
const OTHER = '/subscriptions/00000000-0000-0000-0000-00000000b002';

export const cases: CheckCase[] = [
  {
    name: 'a Bastion host in the subscription',
    expect: 'pass',
    resource: subscription(),
    inventory: [bastion],
  },
  {
    name: 'Bastion only in another subscription',
    expect: 'fail',
    resource: subscription({}, { id: OTHER }),
    inventory: [bastion],
  },
  {
    name: 'a resource group',
    expect: 'not_applicable',
    resource: subscription({}, { id: `${SUB_ID}/resourcegroups/hub` }),
  },
  { name: 'no Bastion hosts collected', expect: 'error', resource: subscription() },
];
