/** Reading fields of Cloud Asset Inventory records, and Google Cloud names. */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A nested value: `at(data, 'settings', 'ipConfiguration', 'ipv4Enabled')`. */
export function at(o: unknown, ...keys: string[]): unknown {
  let cur = o;
  for (const k of keys) {
    if (!isObj(cur)) return undefined;
    cur = cur[k] ?? undefined;
  }
  return cur ?? undefined;
}

/** The first key present, for fields exports spell two ways (`asset_type` / `assetType`). */
export function either(o: unknown, ...keys: string[]): unknown {
  for (const k of keys) {
    const v = at(o, k);
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
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1' || s === 'on' || s === 'yes') return true;
    if (s === 'false' || s === '0' || s === 'off' || s === 'no') return false;
  }
  return undefined;
}

/** Numbers, including the int64-as-string of Google APIs (`"sizeGb": "100"`). */
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

export function labelsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
}

/**
 * A Compute Engine reference as a full resource name: self links
 * (`https://www.googleapis.com/compute/v1/projects/p/zones/z/disks/d`, `https://compute.googleapis.com/compute/beta/…`)
 * and partial names (`projects/p/global/networks/default`) become `//compute.googleapis.com/projects/p/…`.
 */
export function computeName(ref: unknown): string | undefined {
  const s = str(ref);
  if (!s) return undefined;
  if (s.startsWith('//')) return s;
  const m = /(?:^|\/)(projects\/[^?#]+)$/.exec(s);
  return m ? `//compute.googleapis.com/${m[1]}` : undefined;
}

/** The last segment of a name or URL: `…/machineTypes/e2-medium` → `e2-medium`. */
export function lastSegment(ref: unknown): string | undefined {
  const s = str(ref);
  return s ? s.split('/').filter(Boolean).pop() : undefined;
}

/** A Cloud KMS key (or key version) name as the key's full resource name. */
export function kmsKeyName(ref: unknown): string | undefined {
  const s = str(ref);
  if (!s) return undefined;
  const m = /(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+)/.exec(s);
  return m ? `//cloudkms.googleapis.com/${m[1]}` : s;
}

const ZONE = /^([a-z]+-[a-z]+\d+)-[a-z]$/;

/** `us-central1-a` → `us-central1`; regions, multi-regions (`us`) and `global` as they are, lower-cased. */
export function regionOfLocation(location: string): string {
  const l = location.toLowerCase();
  return ZONE.exec(l)?.[1] ?? l;
}

export function isZone(location: string): boolean {
  return ZONE.test(location.toLowerCase());
}

/** `7776000s` → 90 (days). */
export function durationDays(v: unknown): number | undefined {
  const s = str(v);
  const m = s ? /^(\d+(?:\.\d+)?)s$/.exec(s) : null;
  return m ? Number(m[1]) / 86400 : undefined;
}

/** A single address or CIDR as a CIDR (`203.0.113.7` → `203.0.113.7/32`), or the value unchanged. */
export function asCidr(value: string): string {
  const v = value.trim();
  if (v.includes('/')) return v;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return `${v}/32`;
  if (v.includes(':')) return `${v.toLowerCase()}/128`;
  return v;
}
