import { EvalFailure, findUnknown, isObject, Unknown, type Value, type ValueObject } from '../value.js';
import { deepEqual, formatNumber, iterate, stringify, toBool, toNumber } from './convert.js';
import { ExprSyntaxError, type Node, parseTemplate, type TemplatePart } from './expr.js';
import { callFunction, provideTemplateEvaluator } from './functions.js';

export { EvalFailure };

export type Step = { kind: 'attr'; name: string } | { kind: 'index'; key: Value };

/** Resolves the root names of a module (`var`, `local`, `module`, `data`, resource types, `path`, …). */
export interface Scope {
  /**
   * The value of `name` followed by as many of `steps` as the scope wants to handle itself; `used` says how
   * many. Resource ids it meets go into `refs`. Undefined when the name is not known here.
   */
  root(name: string, steps: readonly Step[], refs: Set<string>): { value: Value; used: number } | undefined;
  /** Reads a file for `file()` / `templatefile()`; relative paths are from the root module. */
  readFile?(path: string): string | undefined;
}

export interface EvalCtx {
  scope: Scope;
  /** Names bound by `for` expressions, `dynamic` iterators, `count` and `each`. */
  locals: ReadonlyMap<string, Value>;
  /** Resources the evaluated expression referred to. */
  refs: Set<string>;
  item?: Value;
}

const templateCache = new Map<string, TemplatePart[] | ExprSyntaxError>();

function cachedTemplate(text: string): TemplatePart[] | ExprSyntaxError {
  let parts = templateCache.get(text);
  if (parts === undefined) {
    try {
      parts = parseTemplate(text);
    } catch (e) {
      if (!(e instanceof ExprSyntaxError)) throw e;
      parts = e;
    }
    if (templateCache.size > 20000) templateCache.clear();
    templateCache.set(text, parts);
  }
  return parts;
}

/**
 * Evaluates a value as hcl2json writes it (Terraform's JSON syntax): strings are templates — one holding a single
 * interpolation and nothing else is that expression's value, not its string form — arrays and objects are
 * evaluated member by member (object keys are templates too).
 */
export function evalRaw(raw: unknown, ctx: EvalCtx): Value {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return evalTemplateString(raw, ctx);
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) return raw.map((x) => evalRaw(x, ctx));
  if (typeof raw === 'object') {
    const out: ValueObject = {};
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      let key = k;
      if (k.includes('${')) {
        const kv = evalTemplateString(k, ctx);
        if (typeof kv === 'string') key = kv;
        else if (typeof kv === 'number' || typeof kv === 'boolean') key = String(kv);
        else return kv instanceof Unknown ? kv : new EvalFailure('an object key is not a string');
      }
      out[key] = evalRaw(v, ctx);
    }
    return out;
  }
  return null;
}

export function evalTemplateString(text: string, ctx: EvalCtx): Value {
  if (!text.includes('${') && !text.includes('%{')) return text;
  const parts = cachedTemplate(text);
  if (parts instanceof ExprSyntaxError)
    return new EvalFailure(`expression not understood (${parts.message}): ${text.slice(0, 120)}`);
  return evalTemplate(parts, ctx);
}

export function evalTemplate(parts: readonly TemplatePart[], ctx: EvalCtx): Value {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.t === 'interp') return evaluate(only.expr, ctx);
  const pieces: (string | Unknown)[] = [];
  renderParts(parts, ctx, pieces);
  const unknowns = pieces.filter((p): p is Unknown => p instanceof Unknown);
  if (unknowns.length === 0) return pieces.join('');
  const errors = unknowns.find((u) => u instanceof EvalFailure);
  if (errors) return errors;
  const merged = Unknown.merge(unknowns);
  return merged.withPartial(pieces.map((p) => (p instanceof Unknown ? p.mark : p)).join(''));
}

function renderParts(parts: readonly TemplatePart[], ctx: EvalCtx, out: (string | Unknown)[]): void {
  for (const p of parts) {
    if (p.t === 'text') out.push(p.text);
    else if (p.t === 'interp') out.push(stringify(evaluate(p.expr, ctx)));
    else if (p.t === 'if') {
      const c = evaluate(p.cond, ctx);
      if (c instanceof Unknown) out.push(c);
      else if (c === true || c === 'true') renderParts(p.yes, ctx, out);
      else if (c === false || c === 'false') renderParts(p.no, ctx, out);
      else out.push(new EvalFailure('a template condition is not a boolean'));
    } else {
      const coll = evaluate(p.coll, ctx);
      const entries = iterate(coll);
      if (entries instanceof Unknown) {
        out.push(entries);
        continue;
      }
      for (const [k, v] of entries) {
        const locals = new Map(ctx.locals);
        locals.set(p.valVar, v);
        if (p.keyVar !== undefined) locals.set(p.keyVar, k);
        renderParts(p.body, { ...ctx, locals }, out);
      }
    }
  }
}

export function evaluate(node: Node, ctx: EvalCtx): Value {
  switch (node.t) {
    case 'lit':
      return node.value;
    case 'tmpl':
      return evalTemplate(node.parts, ctx);
    case 'paren':
      return evaluate(node.expr, ctx);
    case 'tuple':
      return node.items.map((i) => evaluate(i, ctx));
    case 'object': {
      const out: ValueObject = {};
      for (const item of node.items) {
        const k = item.key.t === 'var' ? item.key.name : evaluate(item.key, ctx);
        if (k instanceof Unknown) return k;
        if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean')
          return new EvalFailure('an object key is not a string');
        out[typeof k === 'number' ? formatNumber(k) : String(k)] = evaluate(item.value, ctx);
      }
      return out;
    }
    case 'item':
      return ctx.item ?? new EvalFailure('splat item outside a splat');
    case 'var':
    case 'attr':
    case 'index':
      return traversal(node, ctx);
    case 'splat': {
      const src = evaluate(node.src, ctx);
      if (src instanceof Unknown) return src;
      const list = src === null ? [] : Array.isArray(src) ? src : [src];
      return list.map((item) => evaluate(node.each, { ...ctx, item }));
    }
    case 'call':
      return call(node, ctx);
    case 'cond': {
      const c = evaluate(node.cond, ctx);
      if (c instanceof Unknown) return c;
      const b = c === true || c === 'true' ? true : c === false || c === 'false' ? false : undefined;
      if (b === undefined) return new EvalFailure('the condition is not a boolean');
      return evaluate(b ? node.yes : node.no, ctx);
    }
    case 'unary': {
      const v = evaluate(node.arg, ctx);
      if (v instanceof Unknown) return v;
      if (node.op === '!') {
        const b = toBool(v);
        return b === undefined ? new EvalFailure('"!" needs a boolean') : !b;
      }
      const n = toNumber(v);
      return n === undefined ? new EvalFailure('"-" needs a number') : -n;
    }
    case 'binary':
      return binary(node.op, node.left, node.right, ctx);
    case 'for':
      return forExpr(node, ctx);
  }
}

function binary(op: string, l: Node, r: Node, ctx: EvalCtx): Value {
  const a = evaluate(l, ctx);
  if (op === '&&' || op === '||') {
    const b = evaluate(r, ctx);
    const x = a instanceof Unknown ? a : toBool(a);
    const y = b instanceof Unknown ? b : toBool(b);
    if (x === undefined || y === undefined) return new EvalFailure(`"${op}" needs booleans`);
    const decisive = op !== '&&';
    if (x === decisive || y === decisive) return decisive;
    if (x instanceof Unknown) return x;
    if (y instanceof Unknown) return y;
    return op === '&&' ? x && y : x || y;
  }
  const b = evaluate(r, ctx);
  if (op === '==' || op === '!=') {
    const eq = deepEqual(a, b);
    if (eq instanceof Unknown) return eq;
    return op === '==' ? eq : !eq;
  }
  if (a instanceof Unknown) return a;
  if (b instanceof Unknown) return b;
  const x = toNumber(a);
  const y = toNumber(b);
  if (x === undefined || y === undefined) return new EvalFailure(`"${op}" needs numbers`);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new EvalFailure('division by zero') : x / y;
    case '%':
      return y === 0 ? new EvalFailure('division by zero') : x % y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
  }
  return new EvalFailure(`unknown operator ${op}`);
}

function forExpr(node: Extract<Node, { t: 'for' }>, ctx: EvalCtx): Value {
  const coll = evaluate(node.coll, ctx);
  const entries = iterate(coll);
  if (entries instanceof Unknown) return entries;
  const list: Value[] = [];
  const obj: Record<string, Value> = {};
  const groups: Record<string, Value[]> = {};
  for (const [k, v] of entries) {
    const locals = new Map(ctx.locals);
    locals.set(node.valVar, v);
    if (node.keyVar !== undefined) locals.set(node.keyVar, k);
    const inner: EvalCtx = { ...ctx, locals };
    if (node.cond) {
      const c = evaluate(node.cond, inner);
      if (c instanceof Unknown)
        return new Unknown(`the for expression's filter is unknown: ${c.reason}`, c.refs);
      const b = toBool(c);
      if (b === undefined) return new EvalFailure('the for expression filter is not a boolean');
      if (!b) continue;
    }
    if (!node.object) {
      list.push(evaluate(node.value, inner));
      continue;
    }
    const key = evaluate(node.key as Node, inner);
    if (key instanceof Unknown)
      return new Unknown(`a key of the for expression is unknown: ${key.reason}`, key.refs);
    const ks = typeof key === 'number' ? formatNumber(key) : typeof key === 'boolean' ? String(key) : key;
    if (typeof ks !== 'string') return new EvalFailure('a for expression key is not a string');
    const value = evaluate(node.value, inner);
    if (node.group) {
      const group = groups[ks] ?? [];
      group.push(value);
      groups[ks] = group;
    } else if (ks in obj) return new EvalFailure(`duplicate key "${ks}" in a for expression`);
    else obj[ks] = value;
  }
  if (!node.object) return list;
  return node.group ? groups : obj;
}

function traversal(node: Node, ctx: EvalCtx): Value {
  const steps: Step[] = [];
  let base = node;
  const keyNodes: (Node | string)[] = [];
  while (base.t === 'attr' || base.t === 'index') {
    keyNodes.unshift(base.t === 'attr' ? base.name : base.key);
    base = base.obj;
  }
  for (const k of keyNodes) {
    if (typeof k === 'string') steps.push({ kind: 'attr', name: k });
    else steps.push({ kind: 'index', key: evaluate(k, ctx) });
  }
  let value: Value;
  let used = 0;
  if (base.t === 'var') {
    const local = ctx.locals.get(base.name);
    if (local !== undefined) value = local;
    else {
      const r = ctx.scope.root(base.name, steps, ctx.refs);
      if (!r) return new EvalFailure(`unknown name "${base.name}"`);
      value = r.value;
      used = r.used;
    }
  } else value = evaluate(base, ctx);
  for (const step of steps.slice(used)) value = applyStep(value, step);
  return value;
}

/** One `.name` or `[key]` applied to a value. */
export function applyStep(value: Value, step: Step): Value {
  if (value instanceof Unknown) {
    const partial = value.partial;
    if (isObject(partial) && step.kind === 'attr') {
      const v = partial[step.name];
      if (v !== undefined && v !== null) return v;
      return new Unknown(`"${step.name}" of ${value.reason}`, value.refs);
    }
    return new Unknown(value.reason, value.refs);
  }
  if (step.kind === 'attr') {
    if (isObject(value)) {
      const v = value[step.name];
      return v === undefined ? new EvalFailure(`no attribute "${step.name}"`) : v;
    }
    if (Array.isArray(value) && /^\d+$/.test(step.name)) return value[Number(step.name)] ?? outOfRange();
    return new EvalFailure(`cannot read "${step.name}" of a ${value === null ? 'null' : typeof value}`);
  }
  const key = step.key;
  if (key instanceof Unknown) return new Unknown(`the index is unknown: ${key.reason}`, key.refs);
  if (Array.isArray(value)) {
    const i = toNumber(key);
    if (i === undefined || !Number.isInteger(i)) return new EvalFailure('a list index is not a whole number');
    return value[i] ?? outOfRange();
  }
  if (isObject(value)) {
    const k = typeof key === 'number' ? formatNumber(key) : String(key);
    const v = value[k];
    return v === undefined ? new EvalFailure(`no key "${k}"`) : v;
  }
  return new EvalFailure('cannot index this value');
}

function outOfRange(): Value {
  return new EvalFailure('index out of range');
}

function call(node: Extract<Node, { t: 'call' }>, ctx: EvalCtx): Value {
  const name = node.name;
  if (name === 'try') {
    for (const a of node.args) {
      const v = evaluate(a, ctx);
      if (v instanceof EvalFailure) continue;
      if (v instanceof Unknown) return v;
      if (findUnknown(v) instanceof EvalFailure) continue;
      return v;
    }
    return new EvalFailure('no argument of try() could be evaluated');
  }
  if (name === 'can') {
    const v = node.args[0] ? evaluate(node.args[0], ctx) : new EvalFailure('can() needs an argument');
    const u = findUnknown(v);
    if (u instanceof EvalFailure) return false;
    if (u) return u;
    return true;
  }
  let args = node.args.map((a) => evaluate(a, ctx));
  if (node.expand) {
    const last = args[args.length - 1];
    if (last instanceof Unknown) return last;
    if (!Array.isArray(last)) return new EvalFailure('only a list can be expanded with "..."');
    args = [...args.slice(0, -1), ...last];
  }
  return callFunction(name, args, ctx);
}

provideTemplateEvaluator(evalTemplate);
