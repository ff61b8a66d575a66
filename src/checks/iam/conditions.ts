/**
 * The `Condition` element, decided against what is known of a request.
 *
 * Rules from the IAM policy evaluation documentation:
 * - every operator in the block, and every key under an operator, must hold (AND); several values for one key
 *   are alternatives (OR), and for a negated operator the request value must match none of them;
 * - a key missing from the request makes a positive operator false and a negated one (`StringNotEquals`,
 *   `ArnNotLike`, …) true; `…IfExists` is true when the key is missing; `Null: true` means "the key is missing";
 * - `ForAnyValue:` is false for a missing or empty key, `ForAllValues:` is true for one;
 * - condition key names are case-insensitive, and so is the operator name here.
 *
 * Without a request (a static review) a condition is **unknown**: the answer is three-valued, `undefined` meaning
 * "depends on the request". With `closed: true` the context is the whole request, so a key it lacks is missing;
 * otherwise a key it lacks is unknown.
 */
import { type GlobMode, matches } from './glob.js';
import { cidrContains, parseCidr } from './ip.js';

export type ContextValue = string | number | boolean | readonly string[];

export interface ConditionContext {
  values: Readonly<Record<string, ContextValue>>;
  /** The values are the whole request: keys not listed are absent from it. */
  closed?: boolean;
}

/** `true`, `false`, or `undefined` when it depends on request values that are not known. */
export type Tri = boolean | undefined;

export interface ParsedOperator {
  qualifier?: 'any' | 'all';
  base: string;
  ifExists: boolean;
  negated: boolean;
}

export function parseOperator(name: string): ParsedOperator {
  let rest = name.trim();
  let qualifier: 'any' | 'all' | undefined;
  const q = /^(ForAnyValue|ForAllValues):/i.exec(rest);
  if (q) {
    qualifier = q[1]?.toLowerCase() === 'foranyvalue' ? 'any' : 'all';
    rest = rest.slice(q[0].length);
  }
  const ifExists = /IfExists$/i.test(rest);
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  const base = rest.toLowerCase();
  const negated = /not/.test(base) && base !== 'null';
  const out: ParsedOperator = { base, ifExists, negated };
  if (qualifier) out.qualifier = qualifier;
  return out;
}

function asList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x));
  if (v === undefined || v === null) return [];
  return [String(v)];
}

function lookup(ctx: ConditionContext, key: string): { known: boolean; value?: ContextValue } {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(ctx.values))
    if (k.toLowerCase() === lower) return { known: true, value: v };
  return { known: ctx.closed === true };
}

/** Whether one request value matches one policy value under the (positive form of the) operator. */
function matchOne(base: string, requestValue: string, policyValue: string): boolean | undefined {
  const positive = base.replace('not', '');
  switch (positive) {
    case 'stringequals':
      return requestValue === policyValue;
    case 'stringequalsignorecase':
      return requestValue.toLowerCase() === policyValue.toLowerCase();
    case 'stringlike':
      return matches(policyValue, requestValue, { mode: 'text' satisfies GlobMode });
    case 'numericequals':
    case 'numericlessthan':
    case 'numericlessthanequals':
    case 'numericgreaterthan':
    case 'numericgreaterthanequals':
      return compare(positive.slice('numeric'.length), Number(requestValue), Number(policyValue));
    case 'dateequals':
    case 'datelessthan':
    case 'datelessthanequals':
    case 'dategreaterthan':
    case 'dategreaterthanequals':
      return compare(positive.slice('date'.length), toTime(requestValue), toTime(policyValue));
    case 'bool':
      return requestValue.toLowerCase() === policyValue.toLowerCase();
    case 'binaryequals':
      return requestValue === policyValue;
    case 'ipaddress': {
      const block = parseCidr(policyValue);
      const addr = parseCidr(requestValue);
      return block !== undefined && addr !== undefined && cidrContains(block, addr);
    }
    case 'arnequals':
    case 'arnlike':
      return matches(policyValue, requestValue, { mode: 'resource' });
    default:
      return undefined;
  }
}

function toTime(v: string): number {
  return /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v);
}

function compare(op: string, a: number, b: number): boolean | undefined {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  switch (op) {
    case 'equals':
      return a === b;
    case 'lessthan':
      return a < b;
    case 'lessthanequals':
      return a <= b;
    case 'greaterthan':
      return a > b;
    case 'greaterthanequals':
      return a >= b;
    default:
      return undefined;
  }
}

const KNOWN_BASES = new Set([
  'stringequals',
  'stringnotequals',
  'stringequalsignorecase',
  'stringnotequalsignorecase',
  'stringlike',
  'stringnotlike',
  'numericequals',
  'numericnotequals',
  'numericlessthan',
  'numericlessthanequals',
  'numericgreaterthan',
  'numericgreaterthanequals',
  'dateequals',
  'datenotequals',
  'datelessthan',
  'datelessthanequals',
  'dategreaterthan',
  'dategreaterthanequals',
  'bool',
  'binaryequals',
  'ipaddress',
  'notipaddress',
  'arnequals',
  'arnlike',
  'arnnotequals',
  'arnnotlike',
  'null',
]);

/** One key under one operator. */
export function evaluateClause(
  operator: string,
  key: string,
  policyValues: unknown,
  ctx: ConditionContext,
): Tri {
  const op = parseOperator(operator);
  if (!KNOWN_BASES.has(op.base)) return undefined;
  const wanted = asList(policyValues);
  const { known, value } = lookup(ctx, key);
  if (!known) return undefined;
  const present = value !== undefined && !(Array.isArray(value) && value.length === 0);

  if (op.base === 'null') {
    // `Null: true` asks that the key be absent.
    return wanted.some((w) => w.toLowerCase() === (present ? 'false' : 'true'));
  }
  if (!present) {
    if (op.ifExists) return true;
    if (op.qualifier === 'all') return true;
    if (op.qualifier === 'any') return false;
    return op.negated;
  }
  const requestValues = asList(value);
  const matchesAny = (rv: string): Tri => {
    let unknown = false;
    for (const w of wanted) {
      const m = matchOne(op.base, rv, w);
      if (m === true) return true;
      if (m === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };
  // For a negated operator, a request value "passes" when it matches none of the policy values.
  const passes = (rv: string): Tri => {
    const m = matchesAny(rv);
    return m === undefined ? undefined : op.negated ? !m : m;
  };
  const results = requestValues.map(passes);
  if (op.qualifier === 'all') return allOf(results);
  return anyOf(results);
}

function allOf(results: Tri[]): Tri {
  if (results.some((r) => r === false)) return false;
  return results.some((r) => r === undefined) ? undefined : true;
}

function anyOf(results: Tri[]): Tri {
  if (results.some((r) => r === true)) return true;
  return results.some((r) => r === undefined) ? undefined : false;
}

/** A whole `Condition` block. No block at all is `true`; with no context every clause is unknown. */
export function evaluateConditions(
  conditions: Readonly<Record<string, unknown>> | undefined,
  ctx?: ConditionContext,
): Tri {
  if (!conditions || Object.keys(conditions).length === 0) return true;
  const context: ConditionContext = ctx ?? { values: {} };
  const results: Tri[] = [];
  for (const [operator, body] of Object.entries(conditions)) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      results.push(undefined);
      continue;
    }
    for (const [key, values] of Object.entries(body as Record<string, unknown>))
      results.push(evaluateClause(operator, key, values, context));
  }
  return allOf(results);
}

/**
 * Condition keys that pin who may call: with any of these set to concrete values by a positive operator (not
 * `…IfExists`, not `ForAllValues:`), a statement naming everyone (`*`) is no longer open to the public.
 */
export const CALLER_RESTRICTING_KEYS: readonly string[] = [
  'aws:SourceArn',
  'aws:SourceAccount',
  'aws:SourceOwner',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:SourceVpc',
  'aws:SourceVpce',
  'aws:SourceIp',
  'aws:VpcSourceIp',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:PrincipalServiceName',
  'aws:userid',
  'kms:CallerAccount',
  's3:DataAccessPointAccount',
  's3:DataAccessPointArn',
];

const RESTRICTING = new Set(CALLER_RESTRICTING_KEYS.map((k) => k.toLowerCase()));

/** The first clause of the block that restricts the caller, as `Operator key`; undefined when none does. */
export function callerRestriction(
  conditions: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  if (!conditions) return undefined;
  for (const [operator, body] of Object.entries(conditions)) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) continue;
    const op = parseOperator(operator);
    if (op.negated || op.ifExists || op.qualifier === 'all' || op.base === 'null') continue;
    for (const [key, values] of Object.entries(body as Record<string, unknown>)) {
      if (!RESTRICTING.has(key.toLowerCase())) continue;
      const list = asList(values);
      if (list.length === 0) continue;
      // A value that still matches everything narrows nothing.
      if (list.some((v) => v === '*' || (op.base === 'ipaddress' && parseCidr(v)?.prefix === 0))) continue;
      if (op.base.startsWith('string') && op.base.includes('like') && list.some((v) => /^\*+$/.test(v)))
        continue;
      return `${operator} ${key}`;
    }
  }
  return undefined;
}
