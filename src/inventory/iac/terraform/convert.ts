import { EvalFailure, isObject, Unknown, unknownIn, type Value } from '../value.js';

/** A value interpolated into a string. */
export function stringify(v: Value): string | Unknown {
  if (v instanceof Unknown) return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (v === null) return new EvalFailure('cannot interpolate null into a string');
  return new EvalFailure(`cannot interpolate a ${Array.isArray(v) ? 'list' : 'object'} into a string`);
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(n);
}

/** Key/value pairs of a collection in Terraform's iteration order (lists by index, maps by sorted key). */
export function iterate(coll: Value): [Value, Value][] | Unknown {
  if (coll instanceof Unknown) return coll;
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isObject(coll))
    return Object.keys(coll)
      .sort()
      .map((k) => [k, coll[k] as Value]);
  if (coll === null) return new EvalFailure('cannot iterate over null');
  return new EvalFailure('cannot iterate over a single value');
}

export function toBool(v: Value): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function toNumber(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function deepEqual(a: Value, b: Value): boolean | Unknown {
  const ua = unknownIn(a);
  const ub = unknownIn(b);
  if (ua || ub) return Unknown.merge([ua, ub].filter((x): x is Unknown => x !== undefined));
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: Value): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (isObject(v))
    return Object.keys(v)
      .sort()
      .map((k) => [k, canonical(v[k] as Value)]);
  return v;
}
