/** Security group questions shared by the network exposure checks. */
import type { NetworkRule } from '../../core/index.js';
import { type CheckOutcome, fail, type InventoryView, need, notApplicable, pass } from '../define.js';
import {
  describeRule,
  type Family,
  openIngress,
  type PortSpec,
  type Res,
  securityGroupInUse,
} from './util.js';

/**
 * Verdict for "no ingress from the internet to these ports": not applicable when the group protects nothing (known
 * to be attached to nothing and referred to by no resource), fail with the offending rules otherwise.
 */
export function openPortsOutcome(
  sg: Res & { properties: { rules?: NetworkRule[] } },
  inventory: InventoryView,
  ports: readonly PortSpec[] | 'any',
  what: string,
  family: Family = 'any',
): CheckOutcome {
  if (securityGroupInUse(sg, inventory) === false)
    return notApplicable('The security group is attached to nothing.');
  const rules = need<NetworkRule[]>(sg, 'rules');
  const open = openIngress(rules, ports, family);
  if (open.length > 0)
    return fail(`${what} is open to the internet: ${open.map(describeRule).join('; ')}.`, [
      { path: 'rules', value: open },
    ]);
  return pass(`No rule opens ${what} to the internet.`);
}
