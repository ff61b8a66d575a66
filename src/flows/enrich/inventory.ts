/**
 * The entity table and address index built from the inventory: every address of interfaces, instances, load
 * balancers and on-premises hosts maps to its resource; subnet and VPC CIDRs map to the subnet / VPC itself
 * (segment-level matches). Most specific wins: a /32 host beats its subnet CIDR, which beats its VPC CIDR.
 */
import type { Resource } from '../../core/resource.js';
import { type Cidr, DualLpm, parseCidr } from './lpm.js';

export interface Entity {
  /** Resource id. */
  id: string;
  kind: string;
  account: string;
  name?: string;
  tier?: string;
  /** Owner team from tags (`owner`, `team`, `owner-team`, `owner_team`, any case) or host.server `owner`. */
  owner?: string;
  tags: Readonly<Record<string, string>>;
  /** Names of the subnet and VPC (network segments) the entity sits in, most specific first. */
  segments: string[];
  /** Whether this entity is a subnet / VPC (segment-level match), not an addressable resource. */
  segmentLevel: boolean;
}

const ADDRESS_KINDS = [
  'network.interface',
  'host.server',
  'network.load-balancer',
  'compute.instance',
] as const;
const OWNER_TAGS = ['owner', 'team', 'owner-team', 'owner_team', 'ownerteam'];

export interface InventoryIndexIssue {
  resource: string;
  message: string;
}

export class InventoryIndex {
  readonly entities: Entity[] = [];
  readonly lpm: DualLpm;
  /** Addresses or CIDRs that did not parse, per resource. */
  readonly issues: InventoryIndexIssue[] = [];
  /** Every subnet / VPC CIDR: used to mark addresses internal. */
  readonly internalCidrs: Cidr[] = [];

  constructor(resources: readonly Resource[]) {
    const byId = new Map<string, Resource>();
    for (const r of resources) byId.set(r.id, r);
    const segName = (id: unknown): string | undefined => {
      if (typeof id !== 'string' || id === '') return undefined;
      const r = byId.get(id);
      return r?.name ?? id;
    };
    const segmentsOf = (r: Resource): string[] => {
      const out: string[] = [];
      const p = r.properties;
      let subnet = p.subnet;
      let vpc = p.vpc;
      for (const rel of r.relations) {
        if (rel.type === 'in-subnet' && subnet === undefined) subnet = rel.target;
        if (rel.type === 'in-vpc' && vpc === undefined) vpc = rel.target;
      }
      if (r.kind === 'network.subnet') subnet = r.id;
      if (vpc === undefined && typeof subnet === 'string') vpc = byId.get(subnet)?.properties.vpc;
      if (r.kind === 'network.vpc') vpc = r.id;
      const s = segName(subnet);
      const v = segName(vpc);
      if (s) out.push(s);
      if (v && v !== s) out.push(v);
      return out;
    };
    const entries: { cidr: Cidr; value: number }[] = [];
    const addEntity = (r: Resource, segmentLevel: boolean): number => {
      const idx = this.entities.length;
      let owner: string | undefined;
      for (const [k, v] of Object.entries(r.tags)) {
        if (OWNER_TAGS.includes(k.toLowerCase()) && v !== '') {
          owner = v;
          break;
        }
      }
      if (owner === undefined && typeof r.properties.owner === 'string' && r.properties.owner !== '')
        owner = r.properties.owner;
      this.entities.push({
        id: r.id,
        kind: r.kind,
        account: r.account,
        ...(r.name !== undefined ? { name: r.name } : {}),
        ...(r.tier !== undefined ? { tier: r.tier } : {}),
        ...(owner !== undefined ? { owner } : {}),
        tags: r.tags,
        segments: segmentsOf(r),
        segmentLevel,
      });
      return idx;
    };
    const addCidrs = (r: Resource, list: unknown, idx: number, hostsOnly: boolean): void => {
      if (!Array.isArray(list)) return;
      for (const text of list) {
        const cidr = typeof text === 'string' ? parseCidr(text) : undefined;
        if (!cidr) {
          this.issues.push({ resource: r.id, message: `not an address or CIDR: ${String(text)}` });
          continue;
        }
        if (hostsOnly && cidr.len !== (cidr.family === 4 ? 32 : 128)) {
          // An interface listing its subnet-style "10.0.1.5/24": the host is the address itself.
          const host = parseCidr(String(text).split('/')[0] ?? '');
          if (host) entries.push({ cidr: host, value: idx });
          continue;
        }
        entries.push({ cidr, value: idx });
        if (!hostsOnly) this.internalCidrs.push(cidr);
      }
    };
    // Insertion order decides equal prefixes (last wins): VPC before subnet; interface before the instance,
    // load balancer or host that owns the same address.
    for (const kind of ['network.vpc', 'network.subnet'] as const) {
      for (const r of resources) {
        if (r.kind !== kind) continue;
        addCidrs(r, r.properties.cidrs, addEntity(r, true), false);
      }
    }
    for (const kind of ADDRESS_KINDS) {
      for (const r of resources) {
        if (r.kind !== kind) continue;
        const p = r.properties;
        if (p.privateIps === undefined && p.publicIps === undefined && p.ips === undefined) continue;
        const idx = addEntity(r, false);
        addCidrs(r, p.privateIps, idx, true);
        addCidrs(r, p.publicIps, idx, true);
        addCidrs(r, p.ips, idx, true);
      }
    }
    this.lpm = DualLpm.from(entries);
  }
}
