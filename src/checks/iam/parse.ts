/**
 * AWS policy documents as they appear in raw API output (an SQS queue's `Policy` attribute, an ECR repository
 * policy, an OpenSearch `AccessPolicies`), turned into normalized `PolicyStatement`s. Accepts the document as an
 * object, a JSON string or a URL-encoded JSON string. Returns `undefined` when the text is not a policy document,
 * so callers can tell "no statements" from "unreadable".
 */
import type { PolicyStatement } from '../../core/index.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function field(o: Obj, name: string): unknown {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

function list(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

function document(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  let text = input.trim();
  if (/^%7b/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return undefined;
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `"*"`, `{AWS: "*"}` → `*`; `{AWS: "111122223333"}` → `aws:arn:aws:iam::111122223333:root`; `{Service: s}` → `service:s`. */
export function normalizePrincipals(p: unknown): string[] {
  if (p === '*') return ['*'];
  const out = new Set<string>();
  if (typeof p === 'string') out.add(p === '*' ? '*' : `aws:${p}`);
  if (isObj(p)) {
    for (const [type, value] of Object.entries(p)) {
      const kind = type.toLowerCase();
      for (const v of list(value)) {
        if (kind === 'aws')
          out.add(v === '*' ? '*' : /^\d{12}$/.test(v) ? `aws:arn:aws:iam::${v}:root` : `aws:${v}`);
        else if (kind === 'canonicaluser') out.add(`canonical:${v}`);
        else out.add(`${kind}:${v}`);
      }
    }
  }
  return [...out];
}

/** The statements of a policy document; `undefined` when it is not one. */
export function parsePolicy(input: unknown): PolicyStatement[] | undefined {
  const doc = document(input);
  if (!isObj(doc)) return undefined;
  const raw = field(doc, 'Statement');
  if (raw === undefined) return [];
  const items = Array.isArray(raw) ? raw : [raw];
  const out: PolicyStatement[] = [];
  for (const s of items) {
    if (!isObj(s)) return undefined;
    const effect = String(field(s, 'Effect') ?? '').toLowerCase();
    if (effect !== 'allow' && effect !== 'deny') return undefined;
    const st: PolicyStatement = { effect };
    const pairs: [keyof PolicyStatement, string][] = [
      ['actions', 'Action'],
      ['notActions', 'NotAction'],
      ['resources', 'Resource'],
      ['notResources', 'NotResource'],
    ];
    for (const [key, name] of pairs) {
      const v = field(s, name);
      if (v !== undefined) (st as Record<string, unknown>)[key] = list(v);
    }
    const principal = field(s, 'Principal');
    if (principal !== undefined) st.principals = normalizePrincipals(principal);
    const notPrincipal = field(s, 'NotPrincipal');
    if (notPrincipal !== undefined) st.notPrincipals = normalizePrincipals(notPrincipal);
    const condition = field(s, 'Condition');
    if (isObj(condition) && Object.keys(condition).length > 0) st.conditions = condition;
    out.push(st);
  }
  return out;
}
