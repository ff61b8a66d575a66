import type { Provider, Relation, ResourceInput, ResourceKind } from '../../core/index.js';
import { isObject, isUnknown, Unknown, type Value, type ValueObject } from './value.js';

/** One entry of `Resource.unknown`. */
export interface UnknownEntry {
  path: string;
  reason: string;
}

export interface DraftInit {
  /** `iac:<tool>:<file>#<address>` */
  id: string;
  /** The IaC resource type (`aws_s3_bucket`, `AWS::S3::Bucket`, `Microsoft.Storage/storageAccounts`). */
  type: string;
  /** Terraform address, CloudFormation logical id, ARM type/name. */
  address: string;
  collector: string;
  provider: Provider;
  service: string;
  kind: ResourceKind;
  location?: string;
  collectedAt: string;
  raw: unknown;
}

/**
 * A resource being normalized. Normalizers set the properties the source states, record each one that cannot be
 * determined with `unknownAt`, and keep intermediate findings (`facts`) that other resources of the same
 * configuration add to (a bucket's public access block, a security group's separate rules) until `finish`.
 */
export class Draft {
  readonly properties: Record<string, unknown> = {};
  readonly relations: Relation[] = [];
  readonly unknown: UnknownEntry[] = [];
  readonly facts: Record<string, unknown> = {};
  tags: Record<string, string> = {};
  name?: string;
  account?: string;
  region?: string;

  constructor(readonly init: DraftInit) {}

  get id(): string {
    return this.init.id;
  }
  get type(): string {
    return this.init.type;
  }
  get kind(): ResourceKind {
    return this.init.kind;
  }

  set(path: string, value: unknown): void {
    this.properties[path] = value;
    const i = this.unknown.findIndex((u) => u.path === path);
    if (i >= 0) this.unknown.splice(i, 1);
  }

  /** Records that `path` could not be determined; the property is removed if a guess was set earlier. */
  unknownAt(path: string, reason: string): void {
    delete this.properties[path];
    if (!this.unknown.some((u) => u.path === path)) this.unknown.push({ path, reason });
  }

  /** Records an unknown inside a property that is otherwise set (a list with one unresolved element). */
  unknownInside(path: string, reason: string): void {
    if (!this.unknown.some((u) => u.path === path)) this.unknown.push({ path, reason });
  }

  /** A list kept in `facts` under `key`, created empty the first time. */
  factList<T>(key: string): T[] {
    const existing = this.facts[key];
    if (Array.isArray(existing)) return existing as T[];
    const list: T[] = [];
    this.facts[key] = list;
    return list;
  }

  relate(type: string, target: string): void {
    if (!this.relations.some((r) => r.type === type && r.target === target))
      this.relations.push({ type, target });
  }

  /**
   * Sets `path` from a read value: a known value is set; an unknown one is recorded with its reason; an absent
   * one gets `default` (a documented default of the provider or tool) or is recorded as unknown with `absent`.
   */
  prop<T>(
    path: string,
    v: T | Unknown | undefined,
    opts: { default?: T; absent?: string } = {},
  ): T | undefined {
    if (v instanceof Unknown) {
      this.unknownAt(path, v.reason);
      return undefined;
    }
    if (v === undefined) {
      if ('default' in opts && opts.default !== undefined) {
        this.set(path, opts.default);
        return opts.default;
      }
      if (opts.absent) this.unknownAt(path, opts.absent);
      return undefined;
    }
    this.set(path, v);
    return v;
  }

  finish(): ResourceInput {
    const unknown = [...this.unknown];
    let account = this.account;
    if (account === undefined) {
      account = 'unknown';
      if (!unknown.some((u) => u.path === 'account'))
        unknown.push({ path: 'account', reason: 'the account is not stated in the configuration' });
    }
    return {
      id: this.init.id,
      provider: this.init.provider,
      service: this.init.service,
      kind: this.init.kind,
      account,
      ...(this.region !== undefined ? { region: this.region } : {}),
      ...(this.name !== undefined ? { name: this.name } : {}),
      tags: this.tags,
      properties: this.properties,
      relations: this.relations,
      unknown,
      raw: this.init.raw,
      source: {
        type: 'iac',
        collector: this.init.collector,
        ...(this.init.location !== undefined ? { location: this.init.location } : {}),
        collectedAt: this.init.collectedAt,
      },
    };
  }
}

/** A value rendered for `raw`: unknown parts become `{ "$unknown": reason }` so the document stays JSON. */
export function rawValue(v: Value | undefined): unknown {
  if (v === undefined) return undefined;
  if (v instanceof Unknown) return { $unknown: v.reason };
  if (Array.isArray(v)) return v.map(rawValue);
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = rawValue(x);
    return out;
  }
  return v;
}

/**
 * Reads typed attributes out of an evaluated attribute object. `null` is "not set" (Terraform and plans write
 * unset arguments as null). A value of the wrong type is unknown, never coerced into a guess.
 */
export class Reader {
  constructor(
    readonly attrs: ValueObject,
    /** Ids of resources each top-level attribute's expression referred to. */
    readonly refs: Readonly<Record<string, readonly string[]>> = {},
    readonly where = '',
  ) {}

  private label(name: string): string {
    return this.where ? `${this.where}.${name}` : name;
  }

  raw(name: string): Value | undefined {
    const v = this.attrs[name];
    return v === null ? undefined : v;
  }

  has(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  str(name: string): string | Unknown | undefined {
    return asStr(this.raw(name), this.label(name));
  }

  bool(name: string): boolean | Unknown | undefined {
    return asBool(this.raw(name), this.label(name));
  }

  num(name: string): number | Unknown | undefined {
    return asNum(this.raw(name), this.label(name));
  }

  list(name: string): Value[] | Unknown | undefined {
    const v = this.raw(name);
    if (v === undefined || v instanceof Unknown) return v;
    if (Array.isArray(v)) return v;
    return new Unknown(`${this.label(name)} is not a list`);
  }

  /** A list of strings; unknown elements stay in place as `Unknown`. */
  strs(name: string): (string | Unknown)[] | Unknown | undefined {
    const v = this.raw(name);
    if (v === undefined || v instanceof Unknown) return v;
    const items = Array.isArray(v) ? v : [v];
    const out: (string | Unknown)[] = [];
    for (const x of items) {
      if (x === null) continue;
      const s = asStr(x, this.label(name));
      if (s !== undefined) out.push(s);
    }
    return out;
  }

  /** A nested block (Terraform writes blocks as one-element lists), as a reader. */
  block(name: string): Reader | Unknown | undefined {
    const v = this.raw(name);
    if (v === undefined || v instanceof Unknown) return v;
    const first = Array.isArray(v) ? v[0] : v;
    if (first === undefined || first === null) return undefined;
    if (first instanceof Unknown) return first;
    if (isObject(first)) return new Reader(first, {}, this.label(name));
    return new Unknown(`${this.label(name)} is not a block`);
  }

  /** Every block of a repeated nested block type. */
  blocks(name: string): Reader[] | Unknown {
    const v = this.raw(name);
    if (v === undefined) return [];
    if (v instanceof Unknown) return v;
    const items = Array.isArray(v) ? v : [v];
    const out: Reader[] = [];
    for (const [i, x] of items.entries()) {
      if (x instanceof Unknown) return x;
      if (isObject(x)) out.push(new Reader(x, {}, `${this.label(name)}[${i}]`));
    }
    return out;
  }

  /** Ids of the resources `name` refers to: from the attribute's references and from unknowns inside it. */
  targets(name: string): string[] {
    // The unknowns in the value name exactly what it depends on; the attribute's references may name more
    // (`module.net.subnet_ids[count.index]` refers to every subnet).
    const out = new Set<string>();
    const walk = (x: Value | undefined): void => {
      if (x instanceof Unknown) for (const r of x.refs) out.add(r);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (isObject(x)) Object.values(x).forEach(walk);
    };
    walk(this.attrs[name]);
    for (const r of this.refs[name] ?? []) out.add(r);
    return [...out];
  }

  /** String tags (`tags = { Name = "web" }`); unknown values are left out. */
  tags(name = 'tags'): Record<string, string> {
    const v = this.raw(name);
    const out: Record<string, string> = {};
    if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string') out[k] = x;
        else if (typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
      }
    }
    return out;
  }
}

export function asStr(v: Value | undefined, label = 'value'): string | Unknown | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Unknown) return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return new Unknown(`${label} is not a string`);
}

export function asBool(v: Value | undefined, label = 'value'): boolean | Unknown | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Unknown) return v;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return new Unknown(`${label} is not a boolean`);
}

export function asNum(v: Value | undefined, label = 'value'): number | Unknown | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Unknown) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return new Unknown(`${label} is not a number`);
}

/** Known strings of a list, and the first unknown among them. */
export function splitKnown(items: readonly (string | Unknown)[]): { known: string[]; unknown?: Unknown } {
  const known: string[] = [];
  let unknown: Unknown | undefined;
  for (const x of items) {
    if (isUnknown(x)) unknown ??= x;
    else known.push(x);
  }
  return unknown ? { known, unknown } : { known };
}
