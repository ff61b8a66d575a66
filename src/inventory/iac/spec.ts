import type { Provider, ResourceKind } from '../../core/index.js';
import { type Draft, Reader } from './draft.js';
import type { IacResource } from './resource.js';
import { Unknown, type Value } from './value.js';

/** What a type normalizer works with: the resource, a reader over its attributes, and the configuration. */
export class IacCtx {
  readonly r: Reader;

  constructor(
    readonly res: IacResource,
    /** Every normalized resource of the configuration, by id. */
    readonly drafts: ReadonlyMap<string, Draft>,
    /** Every resource read, normalized or not, by id. */
    readonly all: ReadonlyMap<string, IacResource> = new Map(),
  ) {
    this.r = new Reader(res.attrs, res.refs);
  }

  /** Whether the configuration sets `attr` (a plan lists computed attributes too; HCL only what is written). */
  configured(attr: string): boolean {
    const c = this.res.configured;
    return c ? c.has(attr) : this.res.attrs[attr] !== undefined && this.res.attrs[attr] !== null;
  }

  /** The normalized resource `attr` points at: by reference, else by a known name / id matching `match`. */
  target(
    attr: string,
    types: readonly string[],
    match?: (d: Draft) => string | undefined,
  ): Draft | undefined {
    for (const id of this.r.targets(attr)) {
      const d = this.drafts.get(id);
      if (d && types.includes(d.type)) return d;
    }
    const v = this.r.str(attr);
    if (typeof v !== 'string' || !match) return undefined;
    for (const d of this.drafts.values()) if (types.includes(d.type) && match(d) === v) return d;
    return undefined;
  }

  /**
   * A reference as the id of what it points at: a resource of this configuration (its iac id, also recorded as
   * relation `relation`), or the literal value written (an ARN, a provider id).
   */
  ref(attr: string, d: Draft, relation?: string, r: Reader = this.r): string | Unknown | undefined {
    const targets = r === this.r ? this.r.targets(attr) : r.targets(attr);
    const own = targets.find((t) => this.drafts.has(t)) ?? targets[0];
    if (own !== undefined) {
      if (relation) d.relate(relation, own);
      return own;
    }
    return r.str(attr);
  }

  /** A list of references (security group ids, subnet ids), each as an id; unknown elements reported apart. */
  refs(
    attr: string,
    d: Draft,
    relation?: string,
    r: Reader = this.r,
  ): { ids: string[]; unknown?: Unknown } | undefined {
    const v = r.raw(attr);
    if (v === undefined) return undefined;
    const ids: string[] = [];
    let unknown: Unknown | undefined;
    const add = (x: Value) => {
      if (x instanceof Unknown) {
        if (x.refs.length > 0) ids.push(...x.refs);
        else unknown ??= x;
      } else if (typeof x === 'string') ids.push(x);
    };
    if (Array.isArray(v)) v.forEach(add);
    else add(v);
    // A plan gives only "known after apply"; the configuration's references still say which resources.
    if (unknown && ids.length === 0 && r === this.r) {
      const fromConfig = this.r.targets(attr);
      if (fromConfig.length > 0) {
        ids.push(...fromConfig);
        unknown = undefined;
      }
    }
    const unique = [...new Set(ids)];
    if (relation) for (const id of unique) if (id.startsWith('iac:')) d.relate(relation, id);
    return unknown ? { ids: unique, unknown } : { ids: unique };
  }
}

export interface PrimarySpec {
  provider: Provider;
  service: string;
  kind: ResourceKind;
  build(c: IacCtx, d: Draft): void;
}

/**
 * A resource that configures another one (a bucket's versioning, a security group's rule): merged into the
 * resource it names rather than listed on its own.
 */
export interface AttachSpec {
  /** Types of the resource it configures. */
  targets: readonly string[];
  /** Finds the resource it configures. */
  find(c: IacCtx): Draft | undefined;
  apply(c: IacCtx, target: Draft): void;
  /** What stays unknown on resources of the target types when the one it configures cannot be found. */
  missing: { fact: string; reason: string };
  /** Listed as a resource of its own when its target is not in the configuration. */
  fallback?: PrimarySpec;
}

/** `missing` facts of the target types, by type → fact → reason. */
export type Missing = Map<string, Map<string, string>>;

export type Finisher = (d: Draft, missing: ReadonlyMap<string, string>) => void;

/** `Enabled` / `Disabled` style flags. */
export function enabledFlag(v: string | Unknown | undefined): boolean | Unknown | undefined {
  if (v === undefined || v instanceof Unknown) return v;
  return v.toLowerCase() === 'enabled';
}
