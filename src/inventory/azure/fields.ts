/**
 * Reading fields of Azure records. The same resource arrives in three shapes: Resource Graph rows and ARM REST
 * objects keep resource settings under `properties`; `az … list -o json` mostly flattens them to the top level,
 * with SDK spellings that differ only in case (`diskSizeGB` / `diskSizeGb`, `privateIPAddress` /
 * `privateIpAddress`, `keyvaulturi` / `keyVaultUri`). So every lookup here is case-insensitive and `prop` looks
 * in `properties` first, then at the top level. JSON `null` (what `az` prints for unset fields) reads as absent.
 */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `o[key]`, matching the key case-insensitively; `null` reads as `undefined`. */
export function field(o: unknown, key: string): unknown {
  if (!isObj(o)) return undefined;
  if (Object.hasOwn(o, key)) return o[key] ?? undefined;
  const lower = key.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k] ?? undefined;
  return undefined;
}

/** A nested value: `at(rec, 'securityProfile', 'encryptionAtHost')`. */
export function at(o: unknown, ...keys: string[]): unknown {
  let cur = o;
  for (const k of keys) {
    cur = field(cur, k);
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** A resource setting: under `properties` (Resource Graph, ARM) or flattened at the top level (`az` CLI). */
export function prop(rec: Obj, ...path: string[]): unknown {
  const props = field(rec, 'properties');
  if (isObj(props)) {
    const v = at(props, ...path);
    if (v !== undefined) return v;
  }
  return at(rec, ...path);
}

/** The first of several spellings of a setting that is present. */
export function propAny(rec: Obj, ...names: string[]): unknown {
  for (const name of names) {
    const v = prop(rec, name);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (s === 'true' || s === 'enabled') return true;
    if (s === 'false' || s === 'disabled') return false;
  }
  return undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function objs(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

export function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : [];
}

export function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** `{ id: '/subscriptions/…' }` → the lower-cased id. */
export function refId(v: unknown): string | undefined {
  const id = typeof v === 'string' ? v : str(field(v, 'id'));
  return id ? id.toLowerCase() : undefined;
}

/** Tags as a string map (`az` prints `null` for none). */
export function tagsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [k, val] of Object.entries(v)) {
    if (typeof val === 'string') out[k] = val;
    else if (typeof val === 'number' || typeof val === 'boolean') out[k] = String(val);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Resource ids

/** The subscription in a resource id, lower-cased. */
export function subscriptionOf(id: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
}

/** The ARM type an id names: `/subscriptions/s/resourceGroups/g/providers/Microsoft.Sql/servers/a/databases/b` → `microsoft.sql/servers/databases`. */
export function typeFromId(id: string): string | undefined {
  const i = id.toLowerCase().lastIndexOf('/providers/');
  if (i < 0) {
    if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/i.test(id))
      return 'microsoft.resources/subscriptions/resourcegroups';
    if (/^\/subscriptions\/[^/]+$/i.test(id)) return 'microsoft.resources/subscriptions';
    return undefined;
  }
  const parts = id.slice(i + '/providers/'.length).split('/');
  const namespace = parts[0];
  if (!namespace || parts.length < 3) return undefined;
  const types: string[] = [];
  for (let k = 1; k < parts.length; k += 2) if (parts[k]) types.push(parts[k] as string);
  return `${namespace}/${types.join('/')}`.toLowerCase();
}

/** The parent of a child resource id: `…/virtualNetworks/v/subnets/s` → `…/virtualnetworks/v` (lower-cased). */
export function parentId(id: string, levels = 1): string {
  const parts = id.toLowerCase().split('/');
  return parts.slice(0, Math.max(0, parts.length - 2 * levels)).join('/');
}

/** Where a scope sits: `/`, a management group, a subscription, a resource group or one resource. */
export function scopeLevel(
  scope: string,
): 'root' | 'management-group' | 'subscription' | 'resource-group' | 'resource' {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  if (s === '') return 'root';
  if (s.startsWith('/providers/microsoft.management/managementgroups/')) return 'management-group';
  if (/^\/subscriptions\/[^/]+$/.test(s)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return 'resource-group';
  return 'resource';
}

/** `West Europe` / `westeurope` → `westeurope`. */
export function regionOf(location: unknown): string | undefined {
  const s = str(location);
  return s ? s.toLowerCase().replace(/\s+/g, '') : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Network values

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function ipv4ToNumber(ip: string): number | undefined {
  const m = IPV4.exec(ip.trim());
  if (!m) return undefined;
  let out = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    out = out * 256 + octet;
  }
  return out;
}

function numberToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** The smallest list of CIDR blocks covering `start`–`end` inclusive (SQL firewall rules are ranges). */
export function rangeToCidrs(start: string, end: string): string[] | undefined {
  let lo = ipv4ToNumber(start);
  const hi = ipv4ToNumber(end);
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  const out: string[] = [];
  while (lo <= hi) {
    // Largest block aligned at `lo` that does not pass `hi`.
    let size = 32;
    while (size > 0) {
      const block = 2 ** (33 - size);
      if (lo % block !== 0 || lo + block - 1 > hi) break;
      size--;
    }
    out.push(`${numberToIpv4(lo)}/${size}`);
    lo += 2 ** (32 - size);
  }
  return out;
}

/** A single address or CIDR as a CIDR (`10.0.0.4` → `10.0.0.4/32`); undefined when it is neither. */
export function asCidr(value: string): string | undefined {
  const v = value.trim();
  const [addr, bits, extra] = v.split('/');
  if (addr === undefined || extra !== undefined) return undefined;
  if (ipv4ToNumber(addr) !== undefined) {
    if (bits === undefined) return `${addr}/32`;
    return /^\d+$/.test(bits) && Number(bits) <= 32 ? `${addr}/${Number(bits)}` : undefined;
  }
  if (addr.includes(':') && /^[0-9a-fA-F:.]+$/.test(addr)) {
    if (bits === undefined) return `${addr.toLowerCase()}/128`;
    return /^\d+$/.test(bits) && Number(bits) <= 128 ? `${addr.toLowerCase()}/${Number(bits)}` : undefined;
  }
  return undefined;
}

/** `00-0D-3A-12-34-56` → `00:0d:3a:12:34:56`. */
export function macOf(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const hex = s.replace(/[^0-9a-fA-F]/g, '').toLowerCase();
  return hex.length === 12 ? (hex.match(/../g) ?? []).join(':') : s.toLowerCase();
}
