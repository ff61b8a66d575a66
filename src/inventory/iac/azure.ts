import type { NetworkRule } from '../../core/index.js';
import { ruleFacts } from './aws.js';
import { type Draft, splitKnown } from './draft.js';
import {
  azureDefaultRules,
  azurePeer,
  ipv4RangeToCidrs,
  normalizeProtocol,
  parsePortRange,
} from './rules.js';
import type { Finisher } from './spec.js';
import { Unknown } from './value.js';

/** What Terraform (azurerm) and ARM templates share: security rules and how some Azure resources are finished. */

/**
 * One Azure security rule (an NSG `security_rule` block, an `azurerm_network_security_rule`, an ARM
 * `securityRules` entry), as one normalized rule per destination port range. Field names are passed in so
 * Terraform (snake_case) and ARM (camelCase) share it.
 */
export function azureRules(
  get: {
    str(name: string): string | Unknown | undefined;
    num(name: string): number | Unknown | undefined;
    strs(name: string): (string | Unknown)[] | Unknown | undefined;
  },
  names: {
    direction: string;
    access: string;
    protocol: string;
    priority: string;
    name: string;
    description: string;
    portRange: string;
    portRanges: string;
    sourcePrefix: string;
    sourcePrefixes: string;
    destPrefix: string;
    destPrefixes: string;
  },
): NetworkRule[] | Unknown {
  const dir = get.str(names.direction);
  const access = get.str(names.access);
  const proto = get.str(names.protocol);
  if (dir instanceof Unknown) return dir;
  if (access instanceof Unknown) return access;
  if (proto instanceof Unknown) return proto;
  if (!dir || !access || !proto) return new Unknown('direction, access or protocol is missing');
  const direction = dir.toLowerCase() === 'inbound' ? 'ingress' : 'egress';
  const prefix =
    direction === 'ingress'
      ? [names.sourcePrefix, names.sourcePrefixes]
      : [names.destPrefix, names.destPrefixes];
  const peers: string[] = [];
  for (const attr of prefix) {
    const list = get.strs(attr);
    if (list instanceof Unknown) return list;
    const { known, unknown } = splitKnown(list ?? []);
    if (unknown) return unknown;
    for (const p of known) peers.push(...azurePeer(p));
  }
  const ranges: string[] = [];
  for (const attr of [names.portRange, names.portRanges]) {
    const list = get.strs(attr);
    if (list instanceof Unknown) return list;
    const { known, unknown } = splitKnown(list ?? []);
    if (unknown) return unknown;
    ranges.push(...known);
  }
  if (ranges.length === 0) ranges.push('*');
  const priority = get.num(names.priority);
  const description = get.str(names.description);
  const name = get.str(names.name);
  const label = typeof description === 'string' && description !== '' ? description : name;
  const out: NetworkRule[] = [];
  for (const r of ranges) {
    const ports = parsePortRange(r);
    if (!ports) return new Unknown(`port range ${r} not understood`);
    out.push({
      direction,
      action: access.toLowerCase() === 'deny' ? 'deny' : 'allow',
      protocol: normalizeProtocol(proto),
      ports,
      peers: [...new Set(peers)],
      ...(typeof priority === 'number' ? { priority } : {}),
      ...(typeof label === 'string' ? { description: label } : {}),
    });
  }
  return out;
}

/** The customer's rules, then the default rules every NSG has; and what the group is attached to. */
export const finishNsg: Finisher = (d, missing) => {
  const f = ruleFacts(d);
  d.set('rules', [...f.rules, ...azureDefaultRules()]);
  const reasons = [...f.unknown];
  const m = missing.get('rules');
  if (m) reasons.push(m);
  if (reasons.length > 0) d.unknownInside('rules', reasons.join('; '));
  const attached = (d.facts.attachedTo as string[] | undefined) ?? [];
  if (attached.length > 0) d.set('attachedTo', [...new Set(attached)]);
  else d.unknownAt('attachedTo', 'no subnet or interface association in this configuration');
};

/** Public read: the account lets containers be public and some container is. Shared with ARM. */
export const finishStorageAccount: Finisher = (d, missing) => {
  const allow = d.facts.allowPublic as boolean | Unknown | undefined;
  const containers = (d.facts.containers as (string | Unknown)[] | undefined) ?? [];
  if (allow === false) return d.set('publicRead', false);
  const pub = containers.some(
    (x) => typeof x === 'string' && x.toLowerCase() !== 'private' && x.toLowerCase() !== 'none',
  );
  const unknown = containers.find((x) => x instanceof Unknown);
  if (allow === true && pub) return d.set('publicRead', true);
  if (allow instanceof Unknown) return d.unknownAt('publicRead', allow.reason);
  if (allow === undefined) return d.unknownAt('publicRead', 'whether containers may be public is not stated');
  if (unknown instanceof Unknown)
    return d.unknownAt('publicRead', `a container's access level: ${unknown.reason}`);
  if (missing.has('containers')) return d.unknownAt('publicRead', missing.get('containers') as string);
  d.set('publicRead', false);
};

export const finishSqlServer: Finisher = (d, missing) => {
  const cidrs = (d.facts.firewallCidrs as string[] | undefined) ?? [];
  if (missing.has('firewallCidrs')) d.unknownAt('firewallCidrs', missing.get('firewallCidrs') as string);
  else d.set('firewallCidrs', [...new Set(cidrs)]);
  const unknown = d.facts.firewallUnknown as string | undefined;
  if (unknown) d.unknownInside('firewallCidrs', unknown);
  if (d.facts.allowAzureServices === true) d.set('allowAzureServices', true);
  if (d.facts.auditLogging === true) d.set('auditLogging', true);
  else d.unknownAt('auditLogging', 'no auditing policy for this server in the configuration');
};

/** Adds a firewall rule's range (start and end address) to a SQL server. Shared with ARM. */
export function addFirewallRange(
  t: Draft,
  start: string | Unknown | undefined,
  end: string | Unknown | undefined,
): void {
  if (start instanceof Unknown || end instanceof Unknown || start === undefined || end === undefined) {
    t.facts.firewallUnknown = 'a firewall rule range is unknown';
    return;
  }
  if (start === '0.0.0.0' && end === '0.0.0.0') {
    t.facts.allowAzureServices = true;
    return;
  }
  const cidrs = ipv4RangeToCidrs(start, end);
  if (!cidrs) {
    t.facts.firewallUnknown = `firewall range ${start}-${end} not understood`;
    return;
  }
  t.factList<string>('firewallCidrs').push(...cidrs);
}
