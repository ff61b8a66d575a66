import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  EvalFailure,
  findUnknown,
  fromJson,
  isObject,
  toJson,
  Unknown,
  unknownIn,
  type Value,
  type ValueObject,
} from '../value.js';
import { deepEqual, formatNumber, stringify, toBool, toNumber } from './convert.js';
import type { EvalCtx } from './eval.js';
import { parseTemplate } from './expr.js';

type Fn = (args: Value[], ctx: EvalCtx) => Value;

const fail = (msg: string): EvalFailure => new EvalFailure(msg);

function str(v: Value | undefined, fn: string): string | EvalFailure {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return String(v);
  return fail(`${fn}() needs a string`);
}

function num(v: Value | undefined, fn: string): number | EvalFailure {
  const n = v === undefined ? undefined : toNumber(v);
  return n === undefined ? fail(`${fn}() needs a number`) : n;
}

function list(v: Value | undefined, fn: string): Value[] | EvalFailure {
  if (Array.isArray(v)) return v;
  return fail(`${fn}() needs a list`);
}

function obj(v: Value | undefined, fn: string): ValueObject | EvalFailure {
  if (isObject(v)) return v;
  return fail(`${fn}() needs a map or object`);
}

const isErr = (v: unknown): v is EvalFailure => v instanceof EvalFailure;

/** Sorted, de-duplicated strings: Terraform's set of strings. */
function stringSet(items: Value[], fn: string): string[] | EvalFailure {
  const out = new Set<string>();
  for (const x of items) {
    const s = str(x, fn);
    if (isErr(s)) return s;
    out.add(s);
  }
  return [...out].sort();
}

function jsonText(v: Value): string {
  return JSON.stringify(toJson(v));
}

function ipv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function ipv4Text(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

function cidr(text: string, fn: string): { base: number; bits: number } | EvalFailure | Unknown {
  const [ip, len] = text.split('/');
  if (ip?.includes(':')) return new Unknown(`${fn}() on IPv6 prefixes is not evaluated offline`);
  const base = ip === undefined ? undefined : ipv4(ip);
  const bits = Number(len);
  if (base === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32)
    return fail(`${fn}(): bad CIDR ${text}`);
  const size = 2 ** (32 - bits);
  return { base: base - (base % size), bits };
}

function cidrsubnet(prefix: string, newbits: number, netnum: number): string | EvalFailure | Unknown {
  const c = cidr(prefix, 'cidrsubnet');
  if (c instanceof Unknown) return c;
  const bits = c.bits + newbits;
  if (bits > 32 || netnum < 0 || netnum >= 2 ** newbits) return fail('cidrsubnet(): the prefix does not fit');
  return `${ipv4Text(c.base + netnum * 2 ** (32 - bits))}/${bits}`;
}

const FUNCTIONS: Record<string, Fn> = {
  // strings
  lower: ([s]) => (isErr(str(s, 'lower')) ? str(s, 'lower') : (str(s, 'lower') as string).toLowerCase()),
  upper: ([s]) => (isErr(str(s, 'upper')) ? str(s, 'upper') : (str(s, 'upper') as string).toUpperCase()),
  title: ([s]) => {
    const v = str(s, 'title');
    return isErr(v) ? v : v.replace(/\b\w/g, (c) => c.toUpperCase());
  },
  chomp: ([s]) => {
    const v = str(s, 'chomp');
    return isErr(v) ? v : v.replace(/(\r?\n)+$/, '');
  },
  trimspace: ([s]) => {
    const v = str(s, 'trimspace');
    return isErr(v) ? v : v.trim();
  },
  trim: ([s, chars]) => {
    const v = str(s, 'trim');
    const c = str(chars, 'trim');
    if (isErr(v)) return v;
    if (isErr(c)) return c;
    let a = 0;
    let b = v.length;
    while (a < b && c.includes(v[a] as string)) a++;
    while (b > a && c.includes(v[b - 1] as string)) b--;
    return v.slice(a, b);
  },
  trimprefix: ([s, p]) => {
    const v = str(s, 'trimprefix');
    const x = str(p, 'trimprefix');
    if (isErr(v)) return v;
    if (isErr(x)) return x;
    return v.startsWith(x) ? v.slice(x.length) : v;
  },
  trimsuffix: ([s, p]) => {
    const v = str(s, 'trimsuffix');
    const x = str(p, 'trimsuffix');
    if (isErr(v)) return v;
    if (isErr(x)) return x;
    return x !== '' && v.endsWith(x) ? v.slice(0, -x.length) : v;
  },
  startswith: ([s, p]) => {
    const v = str(s, 'startswith');
    const x = str(p, 'startswith');
    return isErr(v) ? v : isErr(x) ? x : v.startsWith(x);
  },
  endswith: ([s, p]) => {
    const v = str(s, 'endswith');
    const x = str(p, 'endswith');
    return isErr(v) ? v : isErr(x) ? x : v.endsWith(x);
  },
  strrev: ([s]) => {
    const v = str(s, 'strrev');
    return isErr(v) ? v : [...v].reverse().join('');
  },
  substr: ([s, o, l]) => {
    const v = str(s, 'substr');
    const off = num(o, 'substr');
    const len = num(l, 'substr');
    if (isErr(v)) return v;
    if (isErr(off)) return off;
    if (isErr(len)) return len;
    const chars = [...v];
    const start = off < 0 ? chars.length + off : off;
    return chars.slice(start, len < 0 ? undefined : start + len).join('');
  },
  join: ([sep, ...lists]) => {
    const s = str(sep, 'join');
    if (isErr(s)) return s;
    const parts: string[] = [];
    for (const l of lists) {
      const items = list(l, 'join');
      if (isErr(items)) return items;
      for (const x of items) {
        const v = str(x, 'join');
        if (isErr(v)) return v;
        parts.push(v);
      }
    }
    return parts.join(s);
  },
  split: ([sep, s]) => {
    const a = str(sep, 'split');
    const b = str(s, 'split');
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    return b === '' ? [''] : b.split(a);
  },
  replace: ([s, search, rep]) => {
    const v = str(s, 'replace');
    const a = str(search, 'replace');
    const b = str(rep, 'replace');
    if (isErr(v)) return v;
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    if (a.length > 1 && a.startsWith('/') && a.endsWith('/'))
      return new Unknown('replace() with a regular expression is not evaluated offline');
    return v.split(a).join(b);
  },
  format: ([f, ...rest]) => {
    const spec = str(f, 'format');
    if (isErr(spec)) return spec;
    let i = 0;
    let error: EvalFailure | undefined;
    const pad = (text: string, flags: string, width: string, numeric: boolean): string => {
      const w = Number(width || 0);
      if (text.length >= w) return text;
      if (flags.includes('-')) return text.padEnd(w, ' ');
      if (numeric && flags.includes('0')) {
        const sign = text.startsWith('-') ? '-' : '';
        return sign + text.slice(sign.length).padStart(w - sign.length, '0');
      }
      return text.padStart(w, ' ');
    };
    const out = spec.replace(
      /%(?:(%)|([-+ #0]*)(\d*)(?:\.(\d+))?([sdvqft]))/g,
      (m, percent: string | undefined, flags = '', width = '', prec: string | undefined, kind: string) => {
        if (percent) return '%';
        const arg = rest[i++];
        if (arg === undefined) {
          error = fail('format(): too few arguments');
          return m;
        }
        if (kind === 'd' || kind === 'f') {
          const n = num(arg, 'format');
          if (isErr(n)) {
            error = n;
            return m;
          }
          let text = kind === 'd' ? String(Math.trunc(n)) : n.toFixed(prec === undefined ? 6 : Number(prec));
          if (flags.includes('+') && n >= 0) text = `+${text}`;
          return pad(text, flags, width, true);
        }
        if (kind === 'q') return pad(JSON.stringify(str(arg, 'format')), flags, width, false);
        if (kind === 'v' && (Array.isArray(arg) || isObject(arg))) return jsonText(arg);
        const s = stringify(arg);
        if (s instanceof Unknown) {
          error = s instanceof EvalFailure ? s : fail('format(): bad argument');
          return m;
        }
        return pad(prec === undefined ? s : s.slice(0, Number(prec)), flags, width, false);
      },
    );
    return error ?? out;
  },
  // numbers
  abs: ([n]) => (isErr(num(n, 'abs')) ? num(n, 'abs') : Math.abs(num(n, 'abs') as number)),
  ceil: ([n]) => (isErr(num(n, 'ceil')) ? num(n, 'ceil') : Math.ceil(num(n, 'ceil') as number)),
  floor: ([n]) => (isErr(num(n, 'floor')) ? num(n, 'floor') : Math.floor(num(n, 'floor') as number)),
  signum: ([n]) => (isErr(num(n, 'signum')) ? num(n, 'signum') : Math.sign(num(n, 'signum') as number)),
  pow: ([a, b]) => {
    const x = num(a, 'pow');
    const y = num(b, 'pow');
    return isErr(x) ? x : isErr(y) ? y : x ** y;
  },
  max: (args) => {
    const ns = args.map((a) => num(a, 'max'));
    const e = ns.find(isErr);
    return e ?? Math.max(...(ns as number[]));
  },
  min: (args) => {
    const ns = args.map((a) => num(a, 'min'));
    const e = ns.find(isErr);
    return e ?? Math.min(...(ns as number[]));
  },
  parseint: ([s, b]) => {
    const v = str(s, 'parseint');
    const base = num(b, 'parseint');
    if (isErr(v)) return v;
    if (isErr(base)) return base;
    const n = Number.parseInt(v, base);
    return Number.isNaN(n) ? fail('parseint(): not a number') : n;
  },
  sum: ([l]) => {
    const items = list(l, 'sum');
    if (isErr(items)) return items;
    let total = 0;
    for (const x of items) {
      const n = num(x, 'sum');
      if (isErr(n)) return n;
      total += n;
    }
    return total;
  },
  // collections
  length: ([v]) => {
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    return fail('length() needs a string, list or map');
  },
  concat: (args) => {
    const out: Value[] = [];
    for (const a of args) {
      const items = list(a, 'concat');
      if (isErr(items)) return items;
      out.push(...items);
    }
    return out;
  },
  merge: (args) => {
    const out: ValueObject = {};
    for (const a of args) {
      if (a === null) continue;
      const o = obj(a, 'merge');
      if (isErr(o)) return o;
      Object.assign(out, o);
    }
    return out;
  },
  lookup: ([m, k, dflt]) => {
    const o = obj(m, 'lookup');
    const key = str(k, 'lookup');
    if (isErr(o)) return o;
    if (isErr(key)) return key;
    const v = o[key];
    if (v !== undefined) return v;
    return dflt === undefined ? fail(`lookup(): no key "${key}"`) : dflt;
  },
  element: ([l, i]) => {
    const items = list(l, 'element');
    const n = num(i, 'element');
    if (isErr(items)) return items;
    if (isErr(n)) return n;
    if (items.length === 0) return fail('element() of an empty list');
    return items[((Math.trunc(n) % items.length) + items.length) % items.length] as Value;
  },
  index: ([l, v]) => {
    const items = list(l, 'index');
    if (isErr(items)) return items;
    const i = items.findIndex((x) => deepEqual(x, v as Value) === true);
    return i < 0 ? fail('index(): not found') : i;
  },
  contains: ([l, v]) => {
    const items = list(l, 'contains');
    if (isErr(items)) return items;
    return items.some((x) => deepEqual(x, v as Value) === true);
  },
  keys: ([m]) => {
    const o = obj(m, 'keys');
    return isErr(o) ? o : Object.keys(o).sort();
  },
  values: ([m]) => {
    const o = obj(m, 'values');
    return isErr(o)
      ? o
      : Object.keys(o)
          .sort()
          .map((k) => o[k] as Value);
  },
  zipmap: ([k, v]) => {
    const ks = list(k, 'zipmap');
    const vs = list(v, 'zipmap');
    if (isErr(ks)) return ks;
    if (isErr(vs)) return vs;
    const out: ValueObject = {};
    for (const [i, key] of ks.entries()) {
      const s = str(key, 'zipmap');
      if (isErr(s)) return s;
      out[s] = vs[i] ?? null;
    }
    return out;
  },
  flatten: ([l]) => {
    const out: Value[] = [];
    const walk = (x: Value): Unknown | undefined => {
      if (x instanceof Unknown) return x;
      if (Array.isArray(x)) {
        for (const y of x) {
          const u = walk(y);
          if (u) return u;
        }
      } else out.push(x);
      return undefined;
    };
    const items = list(l, 'flatten');
    if (isErr(items)) return items;
    const u = walk(items);
    return u ?? out;
  },
  distinct: ([l]) => {
    const items = list(l, 'distinct');
    if (isErr(items)) return items;
    const out: Value[] = [];
    for (const x of items) if (!out.some((y) => deepEqual(x, y) === true)) out.push(x);
    return out;
  },
  compact: ([l]) => {
    const items = list(l, 'compact');
    if (isErr(items)) return items;
    return items.filter((x) => x !== null && x !== '');
  },
  coalesce: (args) => {
    for (const a of args) {
      if (a instanceof Unknown) return a;
      if (a !== null && a !== '') return a;
    }
    return fail('coalesce(): every argument is null or empty');
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (a instanceof Unknown) return a;
      if (Array.isArray(a) && a.length > 0) return a;
    }
    return [];
  },
  one: ([l]) => {
    const items = list(l, 'one');
    if (isErr(items)) return items;
    if (items.length > 1) return fail('one() of a list with more than one element');
    return items[0] ?? null;
  },
  reverse: ([l]) => {
    const items = list(l, 'reverse');
    return isErr(items) ? items : [...items].reverse();
  },
  slice: ([l, a, b]) => {
    const items = list(l, 'slice');
    const x = num(a, 'slice');
    const y = num(b, 'slice');
    if (isErr(items)) return items;
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    return items.slice(x, y);
  },
  sort: ([l]) => {
    const items = list(l, 'sort');
    if (isErr(items)) return items;
    const s = items.map((x) => str(x, 'sort'));
    const e = s.find(isErr);
    return e ?? [...(s as string[])].sort();
  },
  range: (args) => {
    const ns = args.map((a) => num(a, 'range'));
    const e = ns.find(isErr);
    if (e) return e;
    const [a = 0, b, c = 1] = ns as number[];
    const [start, end] = b === undefined ? [0, a] : [a, b];
    const step = ns.length === 3 ? c : start <= end ? 1 : -1;
    if (step === 0) return fail('range(): step 0');
    const out: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 1024) return fail('range(): too many elements');
    }
    return out;
  },
  alltrue: ([l]) => {
    const items = list(l, 'alltrue');
    return isErr(items) ? items : items.every((x) => toBool(x) === true);
  },
  anytrue: ([l]) => {
    const items = list(l, 'anytrue');
    return isErr(items) ? items : items.some((x) => toBool(x) === true);
  },
  setunion: (args) => {
    const all: Value[] = [];
    for (const a of args) {
      const items = list(a, 'setunion');
      if (isErr(items)) return items;
      all.push(...items);
    }
    return stringSet(all, 'setunion');
  },
  setintersection: ([first, ...rest]) => {
    const a = list(first, 'setintersection');
    if (isErr(a)) return a;
    const sets = rest.map((r) => list(r, 'setintersection'));
    const e = sets.find(isErr);
    if (e) return e;
    return stringSet(
      a.filter((x) => (sets as Value[][]).every((s) => s.some((y) => deepEqual(x, y) === true))),
      'setintersection',
    );
  },
  setsubtract: ([a, b]) => {
    const x = list(a, 'setsubtract');
    const y = list(b, 'setsubtract');
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    return stringSet(
      x.filter((v) => !y.some((w) => deepEqual(v, w) === true)),
      'setsubtract',
    );
  },
  chunklist: ([l, n]) => {
    const items = list(l, 'chunklist');
    const size = num(n, 'chunklist');
    if (isErr(items)) return items;
    if (isErr(size)) return size;
    if (size <= 0) return [items];
    const out: Value[] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
  // type conversion
  tostring: ([v]) =>
    v === null ? null : typeof v === 'object' ? fail('tostring() of a collection') : str(v, 'tostring'),
  tonumber: ([v]) => (v === null ? null : num(v, 'tonumber')),
  tobool: ([v]) => {
    if (v === null) return null;
    const b = toBool(v as Value);
    return b === undefined ? fail('tobool() needs true or false') : b;
  },
  tolist: ([v]) => list(v, 'tolist'),
  toset: ([v]) => {
    const items = list(v, 'toset');
    if (isErr(items)) return items;
    // A set of numbers stays numbers (in numeric order); mixed primitives unify to strings, as in Terraform.
    if (items.every((x) => typeof x === 'number'))
      return [...new Set(items as number[])].sort((x, y) => x - y);
    if (items.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean'))
      return stringSet(items, 'toset');
    const out: Value[] = [];
    for (const x of items) if (!out.some((y) => deepEqual(x, y) === true)) out.push(x);
    return out;
  },
  tomap: ([v]) => obj(v, 'tomap'),
  sensitive: ([v]) => v ?? null,
  nonsensitive: ([v]) => v ?? null,
  // encoding
  jsonencode: ([v]) => {
    const value = v ?? null;
    const u = unknownIn(value);
    if (u) return new Unknown(u.reason, u.refs, value);
    return jsonText(value);
  },
  jsondecode: ([s]) => {
    const text = str(s, 'jsondecode');
    if (isErr(text)) return text;
    try {
      return fromJson(JSON.parse(text));
    } catch {
      return fail('jsondecode(): not valid JSON');
    }
  },
  yamldecode: ([s]) => {
    const text = str(s, 'yamldecode');
    if (isErr(text)) return text;
    try {
      return fromJson(parseYaml(text));
    } catch {
      return fail('yamldecode(): not valid YAML');
    }
  },
  base64encode: ([s]) => {
    const v = str(s, 'base64encode');
    return isErr(v) ? v : Buffer.from(v, 'utf8').toString('base64');
  },
  base64decode: ([s]) => {
    const v = str(s, 'base64decode');
    return isErr(v) ? v : Buffer.from(v, 'base64').toString('utf8');
  },
  urlencode: ([s]) => {
    const v = str(s, 'urlencode');
    return isErr(v) ? v : encodeURIComponent(v);
  },
  md5: ([s]) => hash('md5', s),
  sha1: ([s]) => hash('sha1', s),
  sha256: ([s]) => hash('sha256', s),
  sha512: ([s]) => hash('sha512', s),
  // network
  cidrsubnet: ([p, n, i]) => {
    const prefix = str(p, 'cidrsubnet');
    const newbits = num(n, 'cidrsubnet');
    const netnum = num(i, 'cidrsubnet');
    if (isErr(prefix)) return prefix;
    if (isErr(newbits)) return newbits;
    if (isErr(netnum)) return netnum;
    return cidrsubnet(prefix, newbits, netnum);
  },
  cidrsubnets: ([p, ...bits]) => {
    const prefix = str(p, 'cidrsubnets');
    if (isErr(prefix)) return prefix;
    const c = cidr(prefix, 'cidrsubnets');
    if (c instanceof Unknown) return c;
    const out: Value[] = [];
    let next = c.base;
    for (const b of bits) {
      const nb = num(b, 'cidrsubnets');
      if (isErr(nb)) return nb;
      const len = c.bits + nb;
      const size = 2 ** (32 - len);
      if (next % size !== 0) next += size - (next % size);
      if (len > 32 || next + size > c.base + 2 ** (32 - c.bits)) return fail('cidrsubnets(): does not fit');
      out.push(`${ipv4Text(next)}/${len}`);
      next += size;
    }
    return out;
  },
  cidrhost: ([p, h]) => {
    const prefix = str(p, 'cidrhost');
    const host = num(h, 'cidrhost');
    if (isErr(prefix)) return prefix;
    if (isErr(host)) return host;
    const c = cidr(prefix, 'cidrhost');
    if (c instanceof Unknown) return c;
    const size = 2 ** (32 - c.bits);
    const n = host < 0 ? size + host : host;
    if (n < 0 || n >= size) return fail('cidrhost(): host number out of range');
    return ipv4Text(c.base + n);
  },
  cidrnetmask: ([p]) => {
    const prefix = str(p, 'cidrnetmask');
    if (isErr(prefix)) return prefix;
    const c = cidr(prefix, 'cidrnetmask');
    if (c instanceof Unknown) return c;
    return ipv4Text(2 ** 32 - 2 ** (32 - c.bits));
  },
  // files
  file: ([p], ctx) => {
    const path = str(p, 'file');
    if (isErr(path)) return path;
    const text = ctx.scope.readFile?.(path);
    return text ?? new Unknown(`file("${path}") could not be read`);
  },
  fileexists: ([p], ctx) => {
    const path = str(p, 'fileexists');
    if (isErr(path)) return path;
    return ctx.scope.readFile?.(path) !== undefined;
  },
  templatefile: ([p, vars], ctx) => {
    const path = str(p, 'templatefile');
    if (isErr(path)) return path;
    const o = obj(vars ?? {}, 'templatefile');
    if (isErr(o)) return o;
    const text = ctx.scope.readFile?.(path);
    if (text === undefined) return new Unknown(`templatefile("${path}") could not be read`);
    let parts: ReturnType<typeof parseTemplate>;
    try {
      parts = parseTemplate(text);
    } catch (e) {
      return fail(`templatefile("${path}"): ${(e as Error).message}`);
    }
    const locals = new Map<string, Value>(Object.entries(o));
    return evalTemplateLater(parts, { scope: { root: () => undefined }, locals, refs: ctx.refs });
  },
  basename: ([p]) => {
    const v = str(p, 'basename');
    return isErr(v) ? v : posix.basename(v);
  },
  dirname: ([p]) => {
    const v = str(p, 'dirname');
    return isErr(v) ? v : posix.dirname(v);
  },
};

/** Functions whose arguments may hold unknown members (only a wholly unknown argument makes them unknown). */
const SHALLOW = new Set([
  'length',
  'concat',
  'merge',
  'lookup',
  'element',
  'coalesce',
  'coalescelist',
  'one',
  'reverse',
  'slice',
  'tolist',
  'tomap',
  'keys',
  'flatten',
  'jsonencode',
  'sensitive',
  'nonsensitive',
  'compact',
]);

/** Functions whose result changes on every run or needs the provider: unknown by nature. */
const NEVER_STATIC = new Set([
  'timestamp',
  'uuid',
  'uuidv5',
  'bcrypt',
  'plantimestamp',
  'filebase64',
  'fileset',
]);

function hash(alg: string, s: Value | undefined): Value {
  const v = str(s, alg);
  return isErr(v) ? v : createHash(alg).update(v, 'utf8').digest('hex');
}

let evalTemplateLater: (parts: ReturnType<typeof parseTemplate>, ctx: EvalCtx) => Value = () =>
  new Unknown('templates not available');

/** Set by eval.ts (avoids a cycle of imports at load time). */
export function provideTemplateEvaluator(f: typeof evalTemplateLater): void {
  evalTemplateLater = f;
}

export function callFunction(name: string, args: Value[], ctx: EvalCtx): Value {
  const bare = name.includes('::') ? '' : name;
  if (NEVER_STATIC.has(bare)) return new Unknown(`${name}() gives a different value on every run`);
  const fn = FUNCTIONS[bare];
  if (!fn) return new Unknown(`function ${name}() is not evaluated offline`);
  if (SHALLOW.has(name)) {
    const whole = args.filter((a): a is Unknown => a instanceof Unknown);
    if (whole.length > 0) return Unknown.merge(whole);
  } else {
    const deep = args.map((a) => unknownIn(a)).filter((u): u is Unknown => u !== undefined);
    const err = args.map((a) => findUnknown(a)).find((u) => u instanceof EvalFailure);
    if (err) return err;
    if (deep.length > 0) return Unknown.merge(deep);
  }
  return fn(args, ctx);
}
