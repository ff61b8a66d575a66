import { EvalFailure, isObject, Unknown, unknownIn, type Value, type ValueObject } from '../value.js';

/**
 * ARM template expressions (`[concat(parameters('name'), '-nsg')]`): a parser and an evaluator for what a
 * template can resolve on its own — parameter defaults, variables, string, array, object, comparison, logical
 * and numeric functions, `resourceId()` of resources in the template. Anything decided at deployment
 * (`resourceGroup().location`, `subscription()`, `uniqueString()`, `reference()`) is unknown.
 */

type Expr =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'prop'; obj: Expr; name: string }
  | { t: 'index'; obj: Expr; key: Expr };

class ArmSyntaxError extends Error {}

function parse(text: string): Expr {
  let pos = 0;
  const ws = () => {
    while (pos < text.length && /\s/.test(text[pos] as string)) pos++;
  };
  const expr = (): Expr => {
    ws();
    let node = primary();
    for (;;) {
      ws();
      const c = text[pos];
      if (c === '.') {
        pos++;
        const m = /^[A-Za-z_$][A-Za-z0-9_$-]*/.exec(text.slice(pos));
        if (!m) throw new ArmSyntaxError('expected a property name after "."');
        pos += m[0].length;
        node = { t: 'prop', obj: node, name: m[0] };
      } else if (c === '[') {
        pos++;
        const key = expr();
        ws();
        if (text[pos] !== ']') throw new ArmSyntaxError('expected "]"');
        pos++;
        node = { t: 'index', obj: node, key };
      } else return node;
    }
  };
  const primary = (): Expr => {
    ws();
    const c = text[pos];
    if (c === "'") {
      let v = '';
      pos++;
      for (;;) {
        if (pos >= text.length) throw new ArmSyntaxError('unterminated string');
        if (text[pos] === "'") {
          if (text[pos + 1] === "'") {
            v += "'";
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        v += text[pos];
        pos++;
      }
      return { t: 'str', v };
    }
    const num = /^-?\d+(\.\d+)?/.exec(text.slice(pos));
    if (num) {
      pos += num[0].length;
      return { t: 'num', v: Number(num[0]) };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(pos));
    if (!name) throw new ArmSyntaxError(`unexpected "${c ?? 'end'}"`);
    pos += name[0].length;
    ws();
    if (text[pos] !== '(') throw new ArmSyntaxError(`expected "(" after ${name[0]}`);
    pos++;
    const args: Expr[] = [];
    ws();
    if (text[pos] === ')') pos++;
    else
      for (;;) {
        args.push(expr());
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ')') {
          pos++;
          break;
        }
        throw new ArmSyntaxError('expected "," or ")"');
      }
    return { t: 'call', name: name[0].toLowerCase(), args };
  };
  const e = expr();
  ws();
  if (pos < text.length) throw new ArmSyntaxError('unexpected text after the expression');
  return e;
}

/** Whether a JSON string is an ARM expression (`[...]`, not the escaped literal `[[...`). */
export function isExpression(s: string): boolean {
  return s.startsWith('[') && s.endsWith(']') && !s.startsWith('[[');
}

export interface ArmResourceRef {
  type: string;
  name: string;
  id: string;
}

const DEPLOYMENT_TIME: Record<string, string> = {
  uniquestring: 'uniqueString() depends on ids known at deployment',
  guid: 'guid() depends on ids known at deployment',
  newguid: 'newGuid() changes on every deployment',
  utcnow: 'utcNow() is the time of deployment',
  deployment: 'deployment() describes the deployment',
  environment: 'environment() describes the cloud deployed to',
  subscription: 'the subscription deployed to',
  tenant: 'the tenant deployed to',
  managementgroup: 'the management group deployed to',
  pickzones: 'the availability zones of the region',
};

/** Evaluates ARM template values: strings that are expressions, recursively through objects and arrays. */
export class ArmEvaluator {
  private readonly variableValues = new Map<string, Value>();
  private readonly busy = new Set<string>();

  constructor(
    readonly template: Record<string, unknown>,
    /** Resources of the template, for `resourceId()` / `reference()`. */
    readonly resources: readonly ArmResourceRef[],
    /** Values given for parameters (a parameters file), over the defaults. */
    readonly given: Readonly<Record<string, unknown>> = {},
  ) {}

  parameter(name: string): Value {
    const params = (this.template.parameters ?? {}) as Record<string, unknown>;
    const key = Object.keys(params).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) return new EvalFailure(`parameter ${name} is not declared`);
    if (key in this.given) return this.resolve(this.given[key], new Set(), new Map());
    const decl = params[key] as Record<string, unknown>;
    if (!('defaultValue' in decl))
      return new Unknown(`parameter ${key} has no default value: it is given at deployment`);
    return this.resolve(decl.defaultValue, new Set(), new Map());
  }

  variable(name: string, refs: Set<string>): Value {
    const vars = (this.template.variables ?? {}) as Record<string, unknown>;
    const key = Object.keys(vars).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) return new EvalFailure(`variable ${name} is not declared`);
    const cached = this.variableValues.get(key);
    if (cached !== undefined) return cached;
    if (this.busy.has(key)) return new EvalFailure(`variable ${key} refers to itself`);
    this.busy.add(key);
    const v = this.resolve(vars[key], refs, new Map());
    this.busy.delete(key);
    this.variableValues.set(key, v);
    return v;
  }

  /** Resolves a value; `copyIndex` gives the index of the copy loops being expanded. */
  resolve(v: unknown, refs: Set<string>, copyIndex: ReadonlyMap<string, number>): Value {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') {
      if (v.startsWith('[[')) return v.slice(1);
      if (!isExpression(v)) return v;
      let e: Expr;
      try {
        e = parse(v.slice(1, -1));
      } catch (err) {
        return new EvalFailure(`expression not understood (${(err as Error).message}): ${v.slice(0, 120)}`);
      }
      return this.evaluate(e, refs, copyIndex);
    }
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    if (Array.isArray(v)) return v.map((x) => this.resolve(x, refs, copyIndex));
    if (typeof v === 'object') {
      const out: ValueObject = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'copy' && Array.isArray(x)) {
          out[k] = new Unknown('property copy loops are not expanded');
          continue;
        }
        out[k] = this.resolve(x, refs, copyIndex);
      }
      return out;
    }
    return null;
  }

  private findResource(type: string, nameSegments: string[]): ArmResourceRef | undefined {
    const name = nameSegments.join('/');
    return this.resources.find((r) => r.type.toLowerCase() === type.toLowerCase() && r.name === name);
  }

  private evaluate(e: Expr, refs: Set<string>, copyIndex: ReadonlyMap<string, number>): Value {
    switch (e.t) {
      case 'str':
        return e.v;
      case 'num':
        return e.v;
      case 'prop': {
        const o = this.evaluate(e.obj, refs, copyIndex);
        if (o instanceof Unknown) {
          if (isObject(o.partial) && e.name in o.partial) return o.partial[e.name] as Value;
          return new Unknown(`${e.name} of ${o.reason}`, o.refs);
        }
        if (isObject(o)) {
          const key = Object.keys(o).find((k) => k.toLowerCase() === e.name.toLowerCase());
          return key === undefined ? new EvalFailure(`no property ${e.name}`) : (o[key] as Value);
        }
        if (Array.isArray(o) && e.name.toLowerCase() === 'length') return o.length;
        return new EvalFailure(`cannot read ${e.name} of this value`);
      }
      case 'index': {
        const o = this.evaluate(e.obj, refs, copyIndex);
        const k = this.evaluate(e.key, refs, copyIndex);
        if (o instanceof Unknown) return o;
        if (k instanceof Unknown) return k;
        if (Array.isArray(o)) return o[Number(k)] ?? new EvalFailure('index out of range');
        if (isObject(o)) return o[String(k)] ?? new EvalFailure(`no property ${String(k)}`);
        return new EvalFailure('cannot index this value');
      }
      case 'call':
        return this.call(e.name, e.args, refs, copyIndex);
    }
  }

  private call(
    name: string,
    argExprs: Expr[],
    refs: Set<string>,
    copyIndex: ReadonlyMap<string, number>,
  ): Value {
    if (name === 'if') {
      const [c, a, b] = argExprs;
      const cond = c ? this.evaluate(c, refs, copyIndex) : new EvalFailure('if() needs a condition');
      if (cond instanceof Unknown) return cond;
      const branch = cond === true ? a : b;
      return branch ? this.evaluate(branch, refs, copyIndex) : new EvalFailure('if() needs two values');
    }
    const args = argExprs.map((a) => this.evaluate(a, refs, copyIndex));
    const str = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
    if (DEPLOYMENT_TIME[name]) return new Unknown(DEPLOYMENT_TIME[name] as string);
    switch (name) {
      case 'parameters':
        return str(0) === undefined
          ? new EvalFailure('parameters() needs a name')
          : this.parameter(str(0) as string);
      case 'variables':
        return str(0) === undefined
          ? new EvalFailure('variables() needs a name')
          : this.variable(str(0) as string, refs);
      case 'resourcegroup':
        return new Unknown('the resource group deployed to', [], {
          name: new Unknown('the resource group name'),
        });
      case 'copyindex': {
        const loop = typeof args[0] === 'string' ? (args[0] as string) : '';
        const offset = typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : 0;
        const i = copyIndex.get(loop) ?? (loop === '' ? [...copyIndex.values()].pop() : undefined);
        if (i === undefined) return new Unknown('copyIndex() outside an expanded copy loop');
        return i + offset;
      }
      case 'resourceid':
      case 'subscriptionresourceid':
      case 'tenantresourceid':
      case 'extensionresourceid': {
        const u = unknownIn(args);
        const strs = args.filter((a): a is string => typeof a === 'string');
        const typeIdx = strs.findIndex((s) => /^[A-Za-z]+\.[A-Za-z.]+\/.+/.test(s));
        if (u || typeIdx < 0) return new Unknown('a resource id, assigned at deployment', u?.refs ?? []);
        const type = strs[typeIdx] as string;
        const res = this.findResource(type, strs.slice(typeIdx + 1));
        if (res) refs.add(res.id);
        return new Unknown(
          `the id of ${type}/${strs.slice(typeIdx + 1).join('/')}, assigned at deployment`,
          res ? [res.id] : [],
        );
      }
      case 'reference': {
        const target = args[0];
        let ids: readonly string[] = [];
        if (target instanceof Unknown) ids = target.refs;
        else if (typeof target === 'string') {
          const r = this.resources.find((x) => x.name === target || x.id.endsWith(`#${target}`));
          if (r) ids = [r.id];
        }
        for (const id of ids) refs.add(id);
        return new Unknown('the runtime state of a deployed resource (reference())', ids);
      }
      case 'concat': {
        const u = args.find((a) => a instanceof Unknown);
        if (args.every((a) => Array.isArray(a))) return (args as Value[][]).flat();
        if (u) return partialText(args);
        return args.map((a) => (typeof a === 'object' ? JSON.stringify(a) : String(a))).join('');
      }
      case 'format': {
        const f = str(0);
        if (f === undefined)
          return args[0] instanceof Unknown ? args[0] : new EvalFailure('format() needs a string');
        const parts: Value[] = [];
        let last = 0;
        for (const m of f.matchAll(/\{(\d+)(:[^}]*)?\}/g)) {
          parts.push(f.slice(last, m.index));
          parts.push(args[Number(m[1]) + 1] ?? '');
          last = (m.index ?? 0) + m[0].length;
        }
        parts.push(f.slice(last));
        return partialText(parts);
      }
      case 'tolower':
      case 'toupper':
      case 'trim': {
        const s = args[0];
        if (s instanceof Unknown) return s;
        if (typeof s !== 'string') return new EvalFailure(`${name}() needs a string`);
        return name === 'tolower' ? s.toLowerCase() : name === 'toupper' ? s.toUpperCase() : s.trim();
      }
      case 'replace': {
        const u = unknownIn(args);
        if (u) return u;
        return String(args[0]).split(String(args[1])).join(String(args[2]));
      }
      case 'substring': {
        const u = unknownIn(args);
        if (u) return u;
        const s = String(args[0]);
        const start = Number(args[1] ?? 0);
        return args[2] === undefined ? s.slice(start) : s.substr(start, Number(args[2]));
      }
      case 'split': {
        const u = unknownIn(args);
        if (u) return u;
        return String(args[0]).split(String(args[1]));
      }
      case 'string': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        return typeof v === 'string' ? v : JSON.stringify(v);
      }
      case 'int': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        const n = Number.parseInt(String(v), 10);
        return Number.isNaN(n) ? new EvalFailure('int() of a non-number') : n;
      }
      case 'bool': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        return v === true || String(v).toLowerCase() === 'true' || v === 1;
      }
      case 'json': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        try {
          return JSON.parse(String(v)) as Value;
        } catch {
          return new EvalFailure('json() of invalid JSON');
        }
      }
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case 'createarray':
      case 'array':
        return name === 'array' && Array.isArray(args[0]) ? args[0] : args;
      case 'createobject': {
        const o: ValueObject = {};
        for (let i = 0; i + 1 < args.length; i += 2) {
          const k = args[i];
          if (k instanceof Unknown) return k;
          o[String(k)] = args[i + 1] as Value;
        }
        return o;
      }
      case 'equals': {
        const u = unknownIn(args);
        if (u) return u;
        const [a, b] = args;
        return typeof a === 'string' && typeof b === 'string'
          ? a.toLowerCase() === b.toLowerCase()
          : JSON.stringify(a) === JSON.stringify(b);
      }
      case 'not': {
        const v = args[0];
        return v instanceof Unknown ? v : v !== true;
      }
      case 'and':
      case 'or': {
        const decisive = name === 'or';
        if (args.some((a) => a === decisive)) return decisive;
        const u = args.find((a) => a instanceof Unknown);
        return u ?? !decisive;
      }
      case 'empty': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        if (v === null) return true;
        if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
        return isObject(v) ? Object.keys(v).length === 0 : false;
      }
      case 'length': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        if (typeof v === 'string' || Array.isArray(v)) return v.length;
        return isObject(v) ? Object.keys(v).length : new EvalFailure('length() of a non-collection');
      }
      case 'contains': {
        const u = unknownIn(args);
        if (u) return u;
        const [c, x] = args;
        if (typeof c === 'string') return c.toLowerCase().includes(String(x).toLowerCase());
        if (Array.isArray(c)) return c.some((y) => JSON.stringify(y) === JSON.stringify(x));
        return isObject(c) ? String(x) in c : false;
      }
      case 'startswith':
      case 'endswith': {
        const u = unknownIn(args);
        if (u) return u;
        const s = String(args[0]).toLowerCase();
        const p = String(args[1]).toLowerCase();
        return name === 'startswith' ? s.startsWith(p) : s.endsWith(p);
      }
      case 'first':
      case 'last': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        if (typeof v === 'string' || Array.isArray(v)) {
          const x = name === 'first' ? v[0] : v[v.length - 1];
          return (x ?? null) as Value;
        }
        return new EvalFailure(`${name}() of a non-collection`);
      }
      case 'union': {
        const u = args.find((a) => a instanceof Unknown);
        if (u) return u;
        if (args.every(Array.isArray))
          return [...new Set((args as Value[][]).flat().map((x) => JSON.stringify(x)))].map(
            (x) => JSON.parse(x) as Value,
          );
        const o: ValueObject = {};
        for (const a of args) if (isObject(a)) Object.assign(o, a);
        return o;
      }
      case 'coalesce': {
        for (const a of args) {
          if (a instanceof Unknown) return a;
          if (a !== null) return a;
        }
        return null;
      }
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
      case 'mod': {
        const u = unknownIn(args);
        if (u) return u;
        const [a, b] = args.map(Number) as [number, number];
        if (name === 'add') return a + b;
        if (name === 'sub') return a - b;
        if (name === 'mul') return a * b;
        if (b === 0) return new EvalFailure('division by zero');
        return name === 'div' ? Math.trunc(a / b) : a % b;
      }
      case 'greater':
      case 'greaterorequals':
      case 'less':
      case 'lessorequals': {
        const u = unknownIn(args);
        if (u) return u;
        const [a, b] = args as [number, number];
        if (name === 'greater') return a > b;
        if (name === 'greaterorequals') return a >= b;
        if (name === 'less') return a < b;
        return a <= b;
      }
      case 'base64': {
        const v = args[0];
        if (v instanceof Unknown) return v;
        return Buffer.from(String(v), 'utf8').toString('base64');
      }
      default:
        return new Unknown(`${name}() is not evaluated offline`);
    }
  }
}

/** Strings joined; unknown parts make an unknown with the known text around them. */
function partialText(parts: readonly Value[]): Value {
  const unknowns = parts.filter((p): p is Unknown => p instanceof Unknown);
  const text = parts
    .map((p) => (p instanceof Unknown ? p.mark : typeof p === 'string' ? p : JSON.stringify(p)))
    .join('');
  if (unknowns.length === 0) return text;
  return Unknown.merge(unknowns).withPartial(text);
}
