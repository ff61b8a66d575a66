import type { PolicyStatement } from '../../core/index.js';
import type { UnknownEntry } from './draft.js';
import {
  findUnknown,
  fromJson,
  isObject,
  REF_MARK,
  toJson,
  UNKNOWN_MARK,
  Unknown,
  type Value,
} from './value.js';

export interface NormalizedPolicy {
  statements: PolicyStatement[];
  /** Parts of statements that could not be resolved, as `<prefix>[i].<field>` paths. */
  unknown: UnknownEntry[];
}

/**
 * The policy document a value stands for: a JSON string (heredoc, `file()`, a plan's `policy` attribute), an
 * object (`jsonencode({...})` with unknown members, CloudFormation's PolicyDocument), or the known part of an
 * unknown (a template with an unresolved interpolation).
 */
export function policyDocument(v: Value | undefined): Value | Unknown | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Unknown) {
    if (v.partial === undefined) return v;
    if (typeof v.partial === 'string') return parsePolicyText(v.partial, v);
    return v.partial;
  }
  if (typeof v === 'string') return parsePolicyText(v);
  return v;
}

function parsePolicyText(text: string, from?: Unknown): Value | Unknown {
  if (text.trim() === '') return new Unknown('the policy is empty');
  try {
    // Unknown interpolations inside a JSON string literal stay strings (marked); elsewhere they break the JSON.
    return fromJson(JSON.parse(text), from ?? 'unresolved part of the policy');
  } catch {
    if (text.includes(UNKNOWN_MARK))
      return from ?? new Unknown('the policy contains an unresolved expression outside a string');
    return new Unknown('the policy is not valid JSON');
  }
}

/**
 * A resource element known only as a computed attribute of resources of the configuration (`${aws_s3_bucket.b.arn}/*`,
 * `!GetAtt Bucket.Arn`): a specific resource, never a wildcard. Rendered with the id of the resource it names in
 * place of the unknown part, so a check comparing with `*` reads it right; undefined for any other unknown.
 */
function referenceText(u: Unknown): string | undefined {
  if (u.refs.length === 0) return undefined;
  const name = u.refs.length === 1 ? `(${u.refs[0]})` : '(a resource of the configuration)';
  if (u.partial === undefined) return name;
  if (typeof u.partial !== 'string' || u.partial.includes(UNKNOWN_MARK)) return undefined;
  return u.partial.split(REF_MARK).join(name);
}

/** A string or list of strings; `references` lets elements that are references to resources through. */
function strList(
  v: Value | undefined,
  references = false,
): { list: string[]; referenced?: Unknown } | Unknown | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Unknown) {
    const text = references ? referenceText(v) : undefined;
    return text === undefined ? v : { list: [text], referenced: v };
  }
  const items = Array.isArray(v) ? v : [v];
  const list: string[] = [];
  let referenced: Unknown | undefined;
  for (const x of items) {
    if (x instanceof Unknown) {
      const text = references ? referenceText(x) : undefined;
      if (text === undefined) return x;
      list.push(text);
      referenced ??= x;
    } else if (typeof x === 'string') list.push(x);
    else if (typeof x === 'number' || typeof x === 'boolean') list.push(String(x));
    else return new Unknown('a policy element is not a string');
  }
  return referenced ? { list, referenced } : { list };
}

/** AWS principal element → `*`, `aws:<arn or account>`, `service:<name>`, `federated:<id>`, `canonical:<id>`. */
function principals(v: Value | undefined): string[] | Unknown | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Unknown) return v;
  if (v === '*') return ['*'];
  if (!isObject(v)) return new Unknown('the Principal element is neither "*" nor an object');
  const out: string[] = [];
  for (const [type, ids] of Object.entries(v)) {
    const r = strList(ids);
    if (r instanceof Unknown) return r;
    for (const id of r?.list ?? []) {
      if (type === 'AWS') out.push(id === '*' ? '*' : `aws:${id}`);
      else if (type === 'Service') out.push(`service:${id}`);
      else if (type === 'Federated') out.push(`federated:${id}`);
      else if (type === 'CanonicalUser') out.push(`canonical:${id}`);
      else out.push(`${type.toLowerCase()}:${id}`);
    }
  }
  return out;
}

/**
 * Normalizes an AWS IAM / resource policy document. Whether a statement allows or denies, whom and what it
 * applies to, and its conditions decide what the policy means: if any of them is unknown the whole policy is
 * unknown (a partial list of statements, or a statement missing its principals, would read as something else).
 * A resource that is a reference to a resource of the configuration is kept, rendered with that resource's id,
 * and listed in `unknown`.
 */
export function normalizeAwsPolicy(
  doc: Value | Unknown | undefined,
  prefix: string,
): NormalizedPolicy | Unknown {
  if (doc === undefined) return { statements: [], unknown: [] };
  if (doc instanceof Unknown) return doc;
  if (!isObject(doc)) return new Unknown('the policy document is not an object');
  const raw = doc.Statement;
  if (raw instanceof Unknown) return raw;
  const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const statements: PolicyStatement[] = [];
  const unknown: UnknownEntry[] = [];
  for (const [i, s] of list.entries()) {
    const at = `${prefix}[${i}]`;
    const unknownStatement = (what: string, reason: string) =>
      new Unknown(`statement ${i + 1}: ${what} is unknown (${reason})`);
    if (s instanceof Unknown) return unknownStatement('the statement', s.reason);
    if (!isObject(s)) return new Unknown(`statement ${i + 1} is not an object`);
    const effect = s.Effect;
    if (effect instanceof Unknown) return unknownStatement('the effect', effect.reason);
    if (effect !== 'Allow' && effect !== 'Deny')
      return new Unknown(`statement ${i + 1}: the effect is ${JSON.stringify(effect)}`);
    const st: PolicyStatement = { effect: effect === 'Allow' ? 'allow' : 'deny' };
    for (const [key, field] of [
      ['actions', 'Action'],
      ['notActions', 'NotAction'],
      ['resources', 'Resource'],
      ['notResources', 'NotResource'],
    ] as const) {
      const v = strList(s[field], key === 'resources' || key === 'notResources');
      if (v instanceof Unknown) return unknownStatement(field, v.reason);
      if (v === undefined) continue;
      st[key] = v.list;
      if (v.referenced) unknown.push({ path: `${at}.${key}`, reason: v.referenced.reason });
    }
    for (const [key, field] of [
      ['principals', 'Principal'],
      ['notPrincipals', 'NotPrincipal'],
    ] as const) {
      const v = principals(s[field]);
      if (v instanceof Unknown) return unknownStatement(field, v.reason);
      if (v !== undefined) st[key] = v;
    }
    const cond = s.Condition;
    if (cond !== undefined && cond !== null) {
      const u = findUnknown(cond);
      if (u) return unknownStatement('the Condition', u.reason);
      if (isObject(cond)) st.conditions = toJson(cond) as Record<string, unknown>;
    }
    statements.push(st);
  }
  return { statements, unknown };
}

/** Whether a statement grants to anyone (`*`) without conditions. */
export function grantsPublic(s: PolicyStatement): boolean {
  return s.effect === 'allow' && (s.principals ?? []).includes('*') && !s.conditions;
}

/** Whether any action of `s` matches `action` (IAM wildcards `*` and `?`, case-insensitive). */
export function allowsAction(s: PolicyStatement, action: string): boolean {
  return (s.actions ?? []).some((a) => wildcard(a).test(action));
}

export function wildcard(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 'i');
}

/** A bucket policy denying every request that is not over TLS (`aws:SecureTransport` false). */
export function deniesInsecureTransport(statements: readonly PolicyStatement[]): boolean {
  return statements.some((s) => {
    if (s.effect !== 'deny' || !(s.principals ?? []).includes('*')) return false;
    const bool = (s.conditions?.Bool ?? s.conditions?.bool) as Record<string, unknown> | undefined;
    const v = bool?.['aws:SecureTransport'] ?? bool?.['aws:securetransport'];
    return v === false || v === 'false' || (Array.isArray(v) && (v[0] === false || v[0] === 'false'));
  });
}
