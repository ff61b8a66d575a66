import type { CheckCase } from '../testing.js';
import { aws, egress, ingress, securityGroup } from './fixture-kit.js';

export const cases: CheckCase[] = [
  { name: 'empty default group', expect: 'pass', resource: securityGroup([], { isDefault: true }) },
  {
    name: 'out-of-the-box rules (self ingress, all egress)',
    expect: 'fail',
    resource: securityGroup([ingress('-1', 0, 65535, ['self']), egress('-1', 0, 65535, ['0.0.0.0/0'])], {
      isDefault: true,
    }),
  },
  {
    name: 'a custom group',
    expect: 'not_applicable',
    resource: securityGroup([ingress('tcp', 443, 443, ['0.0.0.0/0'])], { isDefault: false }),
  },
  {
    name: 'not known whether default',
    expect: 'error',
    resource: aws('network.security-group', { rules: [] }),
  },
];
