import { z } from 'zod';
import { MissingData } from '../define.js';

/**
 * Declarative conditions over a resource: compiled once to plain functions. A path that resolves to nothing is
 * unknown data, so every operator but `exists` throws `MissingData` (the engine reports `error`, never `pass`).
 *
 * Paths are dotted (`properties.encryption.enabled`, `tags.env`); `some`/`every` quantify over an array at a path
 * with a condition whose paths are relative to each element.
 */
export const OPERATORS = [
  'eq',
  'ne',
  'in',
  'not-in',
  'contains',
  'regex',
  'exists',
  'gt',
  'gte',
  'lt',
  'lte',
  'cidr-contains',
  'port-range-overlaps',
] as const;
export type Operator = (typeof OPERATORS)[number];

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { path: string; some: Condition }
  | { path: string; every: Condition }
  | { path: string; op: Operator; value?: unknown; default?: unknown };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
    z.object({ path: z.string().min(1), some: ConditionSchema }).strict(),
    z.object({ path: z.string().min(1), every: ConditionSchema }).strict(),
    z
      .object({
        path: z.string().min(1),
        op: z.enum(OPERATORS),
        value: z.unknown().optional(),
        default: z.unknown().optional(),
      })
      .strict(),
  ]),
);

/** `base` gives the path of the subject for messages; it is a function so paths are built only on error. */
export type Predicate = (subject: unknown, base: () => string) => boolean;

/** The base of a top-level subject (a resource). */
export const ROOT = (): string => '';

/** Compiles a condition; throws an Error naming the problem for a value that does not fit its operator. */
export function compile(c: Condition): Predicate {
  if ('all' in c) {
    const parts = c.all.map(compile);
    return (s, b) => parts.every((p) => p(s, b));
  }
  if ('any' in c) {
    const parts = c.any.map(compile);
    return (s, b) => parts.some((p) => p(s, b));
  }
  if ('not' in c) {
    const inner = compile(c.not);
    return (s, b) => !inner(s, b);
  }
  if ('some' in c || 'every' in c) {
    const inner = compile('some' in c ? c.some : c.every);
    const path = c.path;
    const keys = keysOf(path);
    const some = 'some' in c;
    return (s, b) => {
      const list = resolve(s, keys);
      if (list === undefined || list === null)
        throw new MissingData(join(b(), path), 'not in the collected data');
      if (!Array.isArray(list)) throw new Error(`${join(b(), path)} is not a list`);
      const at = (i: number) => () => `${join(b(), path)}[${i}]`;
      return some ? list.some((x, i) => inner(x, at(i))) : list.every((x, i) => inner(x, at(i)));
    };
  }
  return leaf(c.path, c.op, c.value, 'default' in c ? { value: c.default } : undefined);
}

/**
 * `fallback` is the platform's documented default for a field a complete document may leave out (a Kubernetes
 * container without `privileged` is not privileged); it is used only where the check's author says so.
 */
function leaf(path: string, op: Operator, value: unknown, fallback?: { value: unknown }): Predicate {
  const test = operator(op, value);
  const keys = keysOf(path);
  return (subject, base) => {
    let v = resolve(subject, keys);
    if (op === 'exists') return test(v);
    if ((v === undefined || v === null) && fallback) v = fallback.value;
    if (v === undefined || v === null) throw new MissingData(join(base(), path), 'not in the collected data');
    return test(v);
  };
}

function operator(op: Operator, value: unknown): (v: unknown) => boolean {
  switch (op) {
    case 'eq':
      return (v) => equal(v, value);
    case 'ne':
      return (v) => !equal(v, value);
    case 'in':
    case 'not-in': {
      if (!Array.isArray(value)) throw new Error(`'${op}' needs a list value`);
      const set = value;
      return op === 'in' ? (v) => set.some((x) => equal(v, x)) : (v) => !set.some((x) => equal(v, x));
    }
    case 'contains':
      return (v) =>
        Array.isArray(v)
          ? v.some((x) => equal(x, value))
          : typeof v === 'string' && v.includes(String(value));
    case 'regex': {
      if (typeof value !== 'string') throw new Error(`'regex' needs a pattern string`);
      // `/pattern/flags` gives flags (JavaScript has no inline `(?i)`).
      const m = /^\/(.*)\/([dgimsuy]*)$/s.exec(value);
      let re: RegExp;
      try {
        re = m ? new RegExp(m[1] ?? '', m[2]) : new RegExp(value);
      } catch (error) {
        throw new Error(`invalid regex ${value}: ${(error as Error).message}`);
      }
      return (v) => typeof v === 'string' && re.test(v);
    }
    case 'exists':
      return value === false ? (v) => v === undefined || v === null : (v) => v !== undefined && v !== null;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (typeof value !== 'number') throw new Error(`'${op}' needs a number value`);
      const n = value;
      const cmp = {
        gt: (a: number) => a > n,
        gte: (a: number) => a >= n,
        lt: (a: number) => a < n,
        lte: (a: number) => a <= n,
      }[op];
      return (v) => typeof v === 'number' && cmp(v);
    }
    case 'cidr-contains': {
      if (typeof value !== 'string') throw new Error(`'cidr-contains' needs a CIDR value such as 10.0.0.0/8`);
      const outer = parseCidr(value);
      if (!outer) throw new Error(`'${value}' is not a CIDR`);
      return (v) => (Array.isArray(v) ? v : [v]).some((x) => typeof x === 'string' && cidrWithin(x, outer));
    }
    case 'port-range-overlaps': {
      const ranges = portRanges(value);
      return (v) => {
        const r = v as { from?: unknown; to?: unknown };
        if (typeof r?.from !== 'number' || typeof r?.to !== 'number') return false;
        return ranges.some(([a, b]) => (r.from as number) <= b && a <= (r.to as number));
      };
    }
  }
}

/** `.` is the subject itself (an element of a list of strings under `some`/`every`). */
function resolve(subject: unknown, keys: readonly string[] | null): unknown {
  if (keys === null) return subject;
  let v = subject;
  for (const key of keys) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Splits a path once, at compile time; `.` (the subject itself) becomes null. */
function keysOf(path: string): readonly string[] | null {
  return path === '.' ? null : path.split('.');
}

const join = (base: string, path: string) => (base ? `${base}.${path}` : path);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null)
    return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/** `22`, `"20-25"`, `[22, 3389, "8000-8080"]` → inclusive ranges. */
export function portRanges(value: unknown): [number, number][] {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (typeof item === 'number' && Number.isInteger(item)) return [item, item] as [number, number];
    const m = typeof item === 'string' ? /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(item) : null;
    if (!m) throw new Error(`'${String(item)}' is not a port or port range`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from > to || to > 65535) throw new Error(`'${String(item)}' is not a valid port range`);
    return [from, to] as [number, number];
  });
}

interface Cidr {
  v6: boolean;
  bits: bigint;
  prefix: number;
}

/** Parses `a.b.c.d[/n]` or an IPv6 address with optional `/n`. */
export function parseCidr(text: string): Cidr | undefined {
  const [addr = '', len] = text.split('/');
  if (addr.includes(':')) {
    const bits = parseV6(addr);
    const prefix = len === undefined ? 128 : Number(len);
    if (bits === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 128) return undefined;
    return { v6: true, bits, prefix };
  }
  const parts = addr.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  const prefix = len === undefined ? 32 : Number(len);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const bits = parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
  return { v6: false, bits, prefix };
}

function parseV6(addr: string): bigint | undefined {
  const halves = addr.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let bits = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    bits = (bits << 16n) | BigInt(Number.parseInt(g, 16));
  }
  return bits;
}

/** Whether the address or CIDR `inner` lies wholly within `outer`. */
function cidrWithin(inner: string, outer: Cidr): boolean {
  const c = parseCidr(inner);
  if (!c || c.v6 !== outer.v6 || c.prefix < outer.prefix) return false;
  const width = outer.v6 ? 128n : 32n;
  const shift = width - BigInt(outer.prefix);
  return c.bits >> shift === outer.bits >> shift;
}
