/**
 * Reading AWS documents whatever their casing. The CLI prints the API's PascalCase (`InstanceId`), AWS Config
 * records the same shapes in camelCase (`instanceId`, `dBInstanceIdentifier`), and a few services answer in
 * camelCase natively (EKS, CloudWatch Logs, Config). Every accessor here tries the exact key, then the key with a
 * lower-case first letter, then any key equal ignoring case, so one normalizer reads all of them.
 */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lookup(o: Obj, key: string): unknown {
  if (key in o) return o[key];
  const camel = key.charAt(0).toLowerCase() + key.slice(1);
  if (camel in o) return o[camel];
  const lower = key.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

/** The first of `keys` present (not undefined/null) in `o`, matched ignoring case. */
export function get(o: unknown, ...keys: string[]): unknown {
  if (!isObj(o)) return undefined;
  for (const key of keys) {
    const v = lookup(o, key);
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/** Follows a path of keys (`path(o, 'State', 'Name')`). */
export function path(o: unknown, ...keys: string[]): unknown {
  let cur: unknown = o;
  for (const key of keys) {
    cur = get(cur, key);
    if (cur === undefined) return undefined;
  }
  return cur;
}

export function str(o: unknown, ...keys: string[]): string | undefined {
  const v = get(o, ...keys);
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function num(o: unknown, ...keys: string[]): number | undefined {
  const v = get(o, ...keys);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function bool(o: unknown, ...keys: string[]): boolean | undefined {
  return asBool(get(o, ...keys));
}

export function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (s === 'true' || s === 'enabled' || s === 'yes') return true;
    if (s === 'false' || s === 'disabled' || s === 'no') return false;
  }
  if (typeof v === 'number') return v !== 0;
  return undefined;
}

/** An array field; `undefined` when absent (so callers can tell "no entries" from "not recorded"). */
export function list(o: unknown, ...keys: string[]): unknown[] | undefined {
  const v = get(o, ...keys);
  if (Array.isArray(v)) return v;
  return undefined;
}

export function obj(o: unknown, ...keys: string[]): Obj | undefined {
  const v = get(o, ...keys);
  return isObj(v) ? v : undefined;
}

/** A value that may be one item or a list (IAM `Action`, `Resource`), as a list of strings. */
export function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** A list of objects' string field, e.g. `pluck(groups, 'GroupId')`. Strings in the list are taken as is. */
export function pluck(items: unknown[] | undefined, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const item of items ?? []) {
    const v = typeof item === 'string' ? item : str(item, ...keys);
    if (v !== undefined) out.push(v);
  }
  return out;
}

export function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Tags as `{key: value}`, from `[{Key, Value}]` (API), `[{key, value}]` (Config `configuration.tags`) or a map. */
export function tagsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const t of v) {
      const k = str(t, 'Key', 'TagKey');
      if (k === undefined) continue;
      const val = get(t, 'Value', 'TagValue');
      out[k] = typeof val === 'string' ? val : val === undefined ? '' : String(val);
    }
  } else if (isObj(v)) {
    for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  }
  return out;
}

/**
 * A JSON document that may arrive as an object, a JSON string (`get-bucket-policy`'s `Policy`, Config's
 * `policyText`) or a URL-encoded JSON string (IAM policy documents from the API or AWS Config).
 */
export function jsonish(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  let text = v.trim();
  if (text.startsWith('%7B') || text.startsWith('%7b') || text.startsWith('%5B')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return undefined;
    }
  }
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// ARNs
// ---------------------------------------------------------------------------------------------------------------

export const REGION_RE = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+$/;
export const ACCOUNT_RE = /^\d{12}$/;

export function partitionOf(region: string | undefined): string {
  if (!region) return 'aws';
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  return 'aws';
}

export function arn(service: string, region: string, account: string, resource: string): string {
  return `arn:${partitionOf(region)}:${service}:${region}:${account}:${resource}`;
}

export interface Scope {
  account: string;
  region: string;
}

/** `arn:aws:ec2:<region>:<account>:<type>/<id>`, or the id itself when it already is an ARN. */
export function ec2Arn(scope: Scope, type: string, id: string): string {
  if (id.startsWith('arn:')) return id;
  return arn('ec2', scope.region, scope.account, `${type}/${id}`);
}

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(value: string): ParsedArn | undefined {
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return {
    partition: parts[1] ?? '',
    service: parts[2] ?? '',
    region: parts[3] ?? '',
    account: parts[4] ?? '',
    resource: parts.slice(5).join(':'),
  };
}

/** The last path segment of an ARN's resource (`…:security-group/sg-1` → `sg-1`), or the value itself. */
export function idFromArn(value: string): string {
  const p = parseArn(value);
  if (!p) return value;
  const slash = p.resource.lastIndexOf('/');
  return slash === -1 ? p.resource : p.resource.slice(slash + 1);
}

/** A KMS key reference (id, key ARN, alias name or alias ARN) as an ARN in the given scope. */
export function kmsArn(scope: Scope, ref: string): string {
  if (ref.startsWith('arn:')) return ref;
  if (ref.startsWith('alias/')) return arn('kms', scope.region, scope.account, ref);
  return arn('kms', scope.region, scope.account, `key/${ref}`);
}
