import type { ResourceInput } from '../../core/index.js';
import { canonicalIp } from './ip.js';

type Unknown = { path: string; reason: string };
type Relation = { type: string; target: string };

function isHost(r: ResourceInput): boolean {
  return r.provider === 'onprem' && r.kind === 'host.server';
}
function isScan(r: ResourceInput): boolean {
  return r.source.type === 'scan';
}
function keysOf(r: ResourceInput): string[] {
  const keys = [`id:${r.id.toLowerCase()}`];
  const ips = r.properties?.ips;
  if (Array.isArray(ips)) {
    for (const ip of ips) {
      const c = typeof ip === 'string' ? canonicalIp(ip) : undefined;
      if (c) keys.push(`ip:${c}`);
    }
  }
  return keys;
}
function ipsOf(r: ResourceInput): string[] {
  return keysOf(r)
    .filter((k) => k.startsWith('ip:'))
    .map((k) => k.slice(3));
}

/**
 * Merges on-prem hosts that are the same machine seen by several sources into one resource, so an inventory CSV
 * and an Nmap scan collected into one snapshot give one `host.server` per host. Hosts are the same when they
 * share an IP address (canonical form, so IPv6 spellings match) or the same id.
 *
 * - A scanned host joins the one inventory host it shares an address with. The inventory is authoritative:
 *   its id, name, service, site (account), owner, environment and OS win; the scan adds what the inventory
 *   lacks (open ports, services, OS when the inventory has none). An OS the scan guessed differently is kept
 *   as `scanOs`.
 * - Inventory hosts never merge with each other by address (two servers may share a cluster address); only
 *   by identical id (the same host listed in two inventory files).
 * - A scanned host whose addresses match several inventory hosts is not merged: which one it is cannot be
 *   told. It stays separate, with an `unknown` entry naming the candidates.
 * - Scanned hosts not matching any inventory host merge with each other when they share an address (two
 *   scans of one host); their open ports and services are united.
 *
 * The merged resource keeps the first (inventory) source as `source`, lists every source in
 * `properties.sources`, and keeps each original document under `raw.merged`. Other resources pass through
 * unchanged, in order.
 */
export function mergeOnpremHosts(resources: readonly ResourceInput[]): ResourceInput[] {
  const groups = new Map<number, number[]>(); // base index → indices merged into it
  const mergedInto = new Map<number, number>();
  const notes = new Map<number, Unknown>();

  // Inventory hosts: group by identical id only.
  const inventoryByKey = new Map<string, number[]>();
  const inventoryById = new Map<string, number>();
  resources.forEach((r, i) => {
    if (!isHost(r) || isScan(r)) return;
    const id = r.id.toLowerCase();
    const base = inventoryById.get(id);
    if (base !== undefined) {
      groups.get(base)?.push(i);
      mergedInto.set(i, base);
      return;
    }
    inventoryById.set(id, i);
    groups.set(i, []);
    for (const k of keysOf(r)) inventoryByKey.set(k, [...(inventoryByKey.get(k) ?? []), i]);
  });

  // Scanned hosts: to the single inventory host they match, else with each other.
  const scanByKey = new Map<string, number>();
  resources.forEach((r, i) => {
    if (!isHost(r) || !isScan(r)) return;
    const matches = new Set<number>();
    for (const k of keysOf(r))
      for (const m of inventoryByKey.get(k) ?? []) matches.add(mergedInto.get(m) ?? m);
    if (matches.size === 1) {
      const base = [...matches][0] as number;
      groups.get(base)?.push(i);
      mergedInto.set(i, base);
      return;
    }
    if (matches.size > 1) {
      const names = [...matches].map((m) => resources[m]?.id).join(', ');
      notes.set(i, {
        path: 'owner',
        reason: `its addresses match several inventory hosts (${names}); not merged`,
      });
    }
    let base: number | undefined;
    for (const k of keysOf(r)) {
      const b = scanByKey.get(k);
      if (b !== undefined) {
        base = b;
        break;
      }
    }
    if (base === undefined || matches.size > 1) {
      groups.set(i, []);
      base = i;
    } else {
      groups.get(base)?.push(i);
      mergedInto.set(i, base);
    }
    for (const k of keysOf(r)) if (!scanByKey.has(k)) scanByKey.set(k, base);
  });

  const out: ResourceInput[] = [];
  resources.forEach((r, i) => {
    if (mergedInto.has(i)) return;
    const others = (groups.get(i) ?? []).map((j) => resources[j] as ResourceInput);
    const note = notes.get(i);
    const merged = others.length > 0 ? mergeGroup(r, others) : r;
    out.push(
      note
        ? { ...merged, unknown: [...(merged.unknown ?? []).filter((u) => u.path !== note.path), note] }
        : merged,
    );
  });
  return out;
}

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const x of b) {
    const k = key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

const BY_PORT = (x: unknown) =>
  typeof x === 'object' && x && 'port' in x ? String(x.port) : JSON.stringify(x);
const LISTS: Record<string, (x: unknown) => string> = {
  openPorts: String,
  services: BY_PORT,
  ports: BY_PORT,
  hostnames: String,
  macAddresses: String,
};

function mergeGroup(base: ResourceInput, others: readonly ResourceInput[]): ResourceInput {
  const properties: Record<string, unknown> = { ...(base.properties ?? {}) };
  let ips = ipsOf(base);
  let tags: Record<string, string> = { ...(base.tags ?? {}) };
  let relations: Relation[] = [...(base.relations ?? [])];
  let unknown: Unknown[] = [...(base.unknown ?? [])];

  for (const o of others) {
    ips = union(ips, ipsOf(o), String);
    tags = { ...(o.tags ?? {}), ...tags };
    relations = union(relations, o.relations ?? [], (x) => `${x.type} ${x.target}`);
    unknown = [...unknown, ...(o.unknown ?? [])];
    for (const [key, value] of Object.entries(o.properties ?? {})) {
      if (key === 'ips' || key === 'sources') continue;
      const mine = properties[key];
      const by = LISTS[key];
      if (mine === undefined) properties[key] = value;
      else if (by && Array.isArray(mine) && Array.isArray(value)) properties[key] = union(mine, value, by);
      else if (key === 'os' && value !== mine && properties.scanOs === undefined) properties.scanOs = value;
    }
  }
  if (ips.length > 0) properties.ips = ips;
  const all = [base, ...others];
  properties.sources = all.map((r) => ({ id: r.id, ...r.source }));
  const seen = new Set<string>();
  unknown = unknown.filter((u) => {
    if (properties[u.path] !== undefined || seen.has(u.path)) return false;
    seen.add(u.path);
    return true;
  });
  return {
    ...base,
    tags,
    properties,
    relations,
    unknown,
    raw: { merged: all.map((r) => ({ id: r.id, source: r.source, raw: r.raw })) },
  };
}
