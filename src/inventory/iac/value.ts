/**
 * The values infrastructure-as-code evaluates to. Anything that cannot be known statically (a variable without a
 * value, a data source, an attribute known only after apply, a function Verity does not evaluate) is an
 * `Unknown` that says why and which resources it depends on — never a guessed value.
 */

/** Marks text that stands for an unknown part of a partially known string (see `Unknown.partial`). */
export const UNKNOWN_MARK = '\uE000';
/**
 * Marks an unknown part that is a computed attribute of a resource of the configuration (an ARN, an id): a
 * specific value known only once that resource exists — never a wildcard.
 */
export const REF_MARK = '\uE001';

export class Unknown {
  /**
   * @param reason Why the value is unknown, in words a reader of the report understands.
   * @param refs Ids of the resources the value depends on (`aws_s3_bucket.logs.arn` → that bucket's id).
   * @param partial What is known of it: for `jsonencode({...})` with an unknown member, the object with
   *   `Unknown`s inside; for a string template, the text with `UNKNOWN_MARK` where the unknown parts go.
   */
  constructor(
    readonly reason: string,
    readonly refs: readonly string[] = [],
    readonly partial?: Value,
  ) {}

  /** One unknown standing for several: the first reason, every ref. */
  static merge(parts: readonly Unknown[], reason?: string): Unknown {
    const refs = new Set<string>();
    for (const p of parts) for (const r of p.refs) refs.add(r);
    return new Unknown(reason ?? parts[0]?.reason ?? 'unknown', [...refs]);
  }

  withPartial(partial: Value): Unknown {
    return new Unknown(this.reason, this.refs, partial);
  }

  /** The mark standing for this value inside a partially known string. */
  get mark(): string {
    if (this.refs.length === 0) return UNKNOWN_MARK;
    return typeof this.partial === 'string' && this.partial.includes(UNKNOWN_MARK) ? UNKNOWN_MARK : REF_MARK;
  }
}

/**
 * An expression the tool itself would reject (a missing attribute, a wrong type, a syntax Verity does not read).
 * Unknown to Verity too, but Terraform's `try()` and `can()` treat it as the failure they test for.
 */
export class EvalFailure extends Unknown {}

export type Value = null | boolean | number | string | Value[] | ValueObject | Unknown;
export interface ValueObject {
  [key: string]: Value;
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isObject(v: unknown): v is ValueObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

/** The first unknown anywhere inside `v`, or undefined when `v` is wholly known. */
export function findUnknown(v: Value | undefined): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = findUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v)) {
    for (const x of Object.values(v)) {
      const u = findUnknown(x);
      if (u) return u;
    }
  }
  return undefined;
}

/** Every unknown inside `v`, merged into one (refs of all of them), or undefined when `v` is wholly known. */
export function unknownIn(v: Value | undefined, reason?: string): Unknown | undefined {
  const found: Unknown[] = [];
  const walk = (x: Value | undefined): void => {
    if (x instanceof Unknown) found.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (isObject(x)) Object.values(x).forEach(walk);
  };
  walk(v);
  return found.length > 0 ? Unknown.merge(found, reason) : undefined;
}

/** Converts plain JSON (from a parsed document) to a `Value`; strings holding an unknown mark become unknown. */
export function fromJson(
  v: unknown,
  unknownAs: Unknown | string = 'depends on a value known only after apply',
): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    if (!v.includes(UNKNOWN_MARK) && !v.includes(REF_MARK)) return v;
    const base = unknownAs instanceof Unknown ? unknownAs : new Unknown(unknownAs);
    // Only references to resources inside: keep the text, which says what is known around them.
    return v.includes(UNKNOWN_MARK)
      ? new Unknown(base.reason, base.refs)
      : new Unknown(base.reason, base.refs, v);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => fromJson(x, unknownAs));
  if (v instanceof Unknown) return v;
  if (typeof v === 'object') {
    const out: ValueObject = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(x, unknownAs);
    return out;
  }
  return null;
}

/** A wholly known value as plain JSON; unknown parts are dropped (use only after `findUnknown` is undefined). */
export function toJson(v: Value): unknown {
  if (v instanceof Unknown) return undefined;
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (!(x instanceof Unknown)) out[k] = toJson(x);
    return out;
  }
  return v;
}
