import { EvalFailure, isObject, Unknown, unknownIn, type Value, type ValueObject } from '../value.js';

type Json = Record<string, unknown>;

/** `Ref: AWS::NoValue`: the property is removed. */
export const NO_VALUE = new Unknown('AWS::NoValue');

const PSEUDO: Record<string, string> = {
  'AWS::AccountId': 'the account the stack is deployed to',
  'AWS::Region': 'the region the stack is deployed to',
  'AWS::StackName': 'the name the stack is given when deployed',
  'AWS::StackId': 'the id of the stack, assigned when deployed',
  'AWS::Partition': 'the partition of the region the stack is deployed to',
  'AWS::URLSuffix': 'the domain suffix of the region the stack is deployed to',
  'AWS::NotificationARNs': 'the notification topics given when deployed',
};

function isIntrinsic(v: unknown): v is Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return (
    keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || (keys[0] ?? '').startsWith('Fn::'))
  );
}

function ipv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function ipv4Text(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/**
 * Evaluates CloudFormation intrinsic functions with what the template itself says: parameter defaults,
 * mappings, conditions, `Fn::Sub` / `Fn::Join` / `Fn::Select` / `Fn::Split` / `Fn::If` / `Fn::FindInMap` /
 * `Fn::Base64` / `Fn::Cidr`. References to resources (`Ref`, `Fn::GetAtt`) and deployment-time values (pseudo
 * parameters, `Fn::GetAZs`, `Fn::ImportValue`) are unknown, carrying the ids of the resources they name.
 */
export class CfnEvaluator {
  private readonly conditionValues = new Map<string, boolean | Unknown>();
  private readonly busy = new Set<string>();

  constructor(
    readonly template: Json,
    readonly idOf: (logicalId: string) => string,
  ) {}

  private get resources(): Json {
    const r = this.template.Resources;
    return typeof r === 'object' && r !== null ? (r as Json) : {};
  }

  parameter(name: string): Value {
    const params = (this.template.Parameters ?? {}) as Json;
    const p = params[name];
    if (typeof p !== 'object' || p === null) return new EvalFailure(`parameter ${name} is not declared`);
    const decl = p as Json;
    if (!('Default' in decl))
      return new Unknown(`parameter ${name} has no default: its value is given when the stack is deployed`);
    const type = typeof decl.Type === 'string' ? decl.Type : 'String';
    const dflt = decl.Default;
    if (type === 'CommaDelimitedList' || type.startsWith('List<'))
      return typeof dflt === 'string' ? dflt.split(',').map((s) => s.trim()) : ((dflt ?? []) as Value);
    if (typeof dflt === 'number' || typeof dflt === 'boolean') return String(dflt);
    return (dflt ?? '') as Value;
  }

  condition(name: string): boolean | Unknown {
    const cached = this.conditionValues.get(name);
    if (cached !== undefined) return cached;
    const conditions = (this.template.Conditions ?? {}) as Json;
    if (!(name in conditions)) return new EvalFailure(`condition ${name} is not declared`);
    if (this.busy.has(name)) return new EvalFailure(`condition ${name} refers to itself`);
    this.busy.add(name);
    const v = this.resolve(conditions[name], new Set());
    this.busy.delete(name);
    const b =
      v instanceof Unknown
        ? new Unknown(`condition ${name} is unknown: ${v.reason}`, v.refs)
        : v === true || v === 'true'
          ? true
          : v === false || v === 'false'
            ? false
            : new EvalFailure(`condition ${name} is not a boolean`);
    this.conditionValues.set(name, b);
    return b;
  }

  private ref(name: string, refs: Set<string>): Value {
    if (name === 'AWS::NoValue') return NO_VALUE;
    const pseudo = PSEUDO[name];
    if (pseudo) return new Unknown(`${name} is ${pseudo}`);
    const params = (this.template.Parameters ?? {}) as Json;
    if (name in params) return this.parameter(name);
    if (name in this.resources) {
      const id = this.idOf(name);
      refs.add(id);
      return new Unknown(`the physical id of ${name}, assigned when the stack is created`, [id]);
    }
    return new EvalFailure(`Ref to ${name}, which is neither a parameter nor a resource`);
  }

  private getAtt(resource: string, attribute: string, refs: Set<string>): Value {
    if (!(resource in this.resources))
      return new EvalFailure(`Fn::GetAtt on ${resource}, which is not a resource`);
    const id = this.idOf(resource);
    refs.add(id);
    return new Unknown(`${resource}.${attribute}, known when the stack is created`, [id]);
  }

  /** Resolves a template value; `NO_VALUE` where `AWS::NoValue` removes it. */
  resolve(v: unknown, refs: Set<string>): Value {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (Array.isArray(v)) return v.map((x) => this.resolve(x, refs)).filter((x) => x !== NO_VALUE);
    if (typeof v !== 'object') return null;
    if (isIntrinsic(v)) return this.intrinsic(v, refs);
    const out: ValueObject = {};
    for (const [k, x] of Object.entries(v as Json)) {
      const r = this.resolve(x, refs);
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }

  private intrinsic(v: Json, refs: Set<string>): Value {
    const [fn, arg] = Object.entries(v)[0] as [string, unknown];
    switch (fn) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(arg, refs) : new EvalFailure('Ref needs a name');
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg) : new EvalFailure('Condition needs a name');
      case 'Fn::GetAtt': {
        const a = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split(/\.(.*)/s) : [];
        const res = a[0];
        const attr = this.resolve(a[1], refs);
        if (typeof res !== 'string') return new EvalFailure('Fn::GetAtt needs a resource name');
        if (attr instanceof Unknown) return this.getAtt(res, '(unknown attribute)', refs);
        return this.getAtt(res, String(attr), refs);
      }
      case 'Fn::Sub':
        return this.sub(arg, refs);
      case 'Fn::Join': {
        const [delim, list] = Array.isArray(arg) ? arg : [];
        const d = this.resolve(delim, refs);
        const items = this.resolve(list, refs);
        if (typeof d !== 'string')
          return d instanceof Unknown ? d : new EvalFailure('Fn::Join needs a delimiter');
        if (items instanceof Unknown) return items;
        if (!Array.isArray(items)) return new EvalFailure('Fn::Join needs a list');
        return joinParts(items, d);
      }
      case 'Fn::Select': {
        const [index, list] = Array.isArray(arg) ? arg : [];
        const i = this.resolve(index, refs);
        const items = this.resolve(list, refs);
        if (i instanceof Unknown) return i;
        if (items instanceof Unknown) return items;
        if (!Array.isArray(items)) return new EvalFailure('Fn::Select needs a list');
        const n = Number(i);
        return items[n] ?? new EvalFailure(`Fn::Select index ${String(i)} out of range`);
      }
      case 'Fn::Split': {
        const [delim, s] = Array.isArray(arg) ? arg : [];
        const d = this.resolve(delim, refs);
        const str = this.resolve(s, refs);
        if (d instanceof Unknown) return d;
        if (str instanceof Unknown) return str;
        if (typeof d !== 'string' || typeof str !== 'string')
          return new EvalFailure('Fn::Split needs strings');
        return str.split(d);
      }
      case 'Fn::If': {
        const [cond, yes, no] = Array.isArray(arg) ? arg : [];
        if (typeof cond !== 'string') return new EvalFailure('Fn::If needs a condition name');
        const c = this.condition(cond);
        if (c instanceof Unknown) return c;
        return this.resolve(c ? yes : no, refs);
      }
      case 'Fn::Equals': {
        const [a, b] = Array.isArray(arg) ? arg : [];
        const x = this.resolve(a, refs);
        const y = this.resolve(b, refs);
        const u = unknownIn([x, y]);
        if (u) return u;
        return JSON.stringify(primitive(x)) === JSON.stringify(primitive(y));
      }
      case 'Fn::Not': {
        const x = this.resolve(Array.isArray(arg) ? arg[0] : arg, refs);
        if (x instanceof Unknown) return x;
        return !(x === true || x === 'true');
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const items = (Array.isArray(arg) ? arg : []).map((x) => this.resolve(x, refs));
        const decisive = fn === 'Fn::Or';
        if (items.some((x) => x === decisive || x === String(decisive))) return decisive;
        const u = items.find((x) => x instanceof Unknown);
        if (u) return u;
        return !decisive;
      }
      case 'Fn::FindInMap': {
        const [m, top, second] = (Array.isArray(arg) ? arg : []).map((x) => this.resolve(x, refs));
        const u = [m, top, second].find((x) => x instanceof Unknown);
        if (u) return u;
        const mappings = (this.template.Mappings ?? {}) as Json;
        const found = ((mappings[String(m)] as Json | undefined)?.[String(top)] as Json | undefined)?.[
          String(second)
        ];
        return found === undefined
          ? new EvalFailure(`Fn::FindInMap: ${String(m)}.${String(top)}.${String(second)} not found`)
          : this.resolve(found, refs);
      }
      case 'Fn::Base64': {
        const s = this.resolve(arg, refs);
        if (s instanceof Unknown) return s;
        return typeof s === 'string'
          ? Buffer.from(s, 'utf8').toString('base64')
          : new EvalFailure('Fn::Base64 needs a string');
      }
      case 'Fn::Cidr': {
        const [block, count, bits] = (Array.isArray(arg) ? arg : []).map((x) => this.resolve(x, refs));
        const u = [block, count, bits].find((x) => x instanceof Unknown);
        if (u) return u;
        return cidrs(String(block), Number(count), Number(bits));
      }
      case 'Fn::GetAZs':
        return new Unknown('the availability zones of the region, known when deployed');
      case 'Fn::ImportValue':
        return new Unknown('a value exported by another stack');
      case 'Fn::Length': {
        const l = this.resolve(arg, refs);
        if (l instanceof Unknown) return l;
        return Array.isArray(l) ? l.length : new EvalFailure('Fn::Length needs a list');
      }
      case 'Fn::ToJsonString': {
        const x = this.resolve(arg, refs);
        const u = unknownIn(x);
        if (u) return new Unknown(u.reason, u.refs, x);
        return JSON.stringify(x);
      }
      default:
        return new Unknown(`${fn} is not evaluated offline`);
    }
  }

  private sub(arg: unknown, refs: Set<string>): Value {
    const [template, varsRaw] = Array.isArray(arg) ? arg : [arg, {}];
    if (typeof template !== 'string') return new EvalFailure('Fn::Sub needs a string');
    const resolvedVars = this.resolve(varsRaw ?? {}, refs);
    const vars: ValueObject = isObject(resolvedVars) ? resolvedVars : {};
    const parts: (string | Unknown)[] = [];
    let last = 0;
    for (const m of template.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(template.slice(last, m.index));
      last = (m.index ?? 0) + m[0].length;
      const name = (m[1] ?? '').trim();
      if (name.startsWith('!')) {
        parts.push(`\${${name.slice(1)}}`);
        continue;
      }
      let v: Value;
      if (name in vars) v = vars[name] as Value;
      else if (name.includes('.') && !name.startsWith('AWS::')) {
        const dot = name.indexOf('.');
        v = this.getAtt(name.slice(0, dot), name.slice(dot + 1), refs);
      } else v = this.ref(name, refs);
      if (v instanceof Unknown) parts.push(v);
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        parts.push(String(v));
      else parts.push(new EvalFailure(`\${${name}} is not a string`));
    }
    parts.push(template.slice(last));
    return joinParts(parts, '');
  }
}

function primitive(v: Value): unknown {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
}

/** Joins strings; unknown parts make an unknown whose partial text marks where they go. */
function joinParts(items: readonly Value[], delim: string): Value {
  const texts: string[] = [];
  const unknowns: Unknown[] = [];
  for (const x of items) {
    if (x instanceof EvalFailure) return x;
    if (x instanceof Unknown) {
      unknowns.push(x);
      texts.push(x.mark);
    } else if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
      texts.push(String(x));
    else return new EvalFailure('only strings can be joined');
  }
  const text = texts.join(delim);
  if (unknowns.length === 0) return text;
  return Unknown.merge(unknowns).withPartial(text);
}

function cidrs(block: string, count: number, hostBits: number): Value {
  const [ip, len] = block.split('/');
  const base = ip === undefined ? undefined : ipv4(ip);
  const prefix = Number(len);
  if (base === undefined || !Number.isInteger(prefix))
    return new Unknown(`Fn::Cidr on ${block} is not evaluated offline`);
  const newLen = 32 - hostBits;
  if (newLen < prefix || newLen > 32 || count < 1 || count > 256)
    return new EvalFailure('Fn::Cidr: the subnets do not fit');
  const size = 2 ** hostBits;
  const start = base - (base % 2 ** (32 - prefix));
  if (count * size > 2 ** (32 - prefix)) return new EvalFailure('Fn::Cidr: the subnets do not fit');
  return Array.from({ length: count }, (_, i) => `${ipv4Text(start + i * size)}/${newLen}`);
}
