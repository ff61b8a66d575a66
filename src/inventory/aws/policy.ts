/**
 * IAM policy documents → normalized `PolicyStatement`s, and the questions asked of them: is this bucket policy
 * public (an `Allow` to anyone without a condition that narrows who), and does it require TLS.
 */
import type { PolicyStatement } from '../../core/index.js';
import { ACCOUNT_RE, get, isObj, jsonish, type Obj, partitionOf, strings } from './fields.js';

export interface StatementsResult {
  statements: PolicyStatement[];
  /** Statements that could not be read (no `Effect`, not an object), described for an issue. */
  problems: string[];
}

/** Normalizes a policy document (object, JSON string or URL-encoded JSON string). */
export function policyStatements(document: unknown, region?: string): StatementsResult {
  const doc = jsonish(document);
  const out: StatementsResult = { statements: [], problems: [] };
  if (!isObj(doc)) {
    if (document !== undefined && document !== null)
      out.problems.push('the policy document is not a JSON object');
    return out;
  }
  const raw = get(doc, 'Statement');
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  list.forEach((s, i) => {
    const st = normalizeStatement(s, region);
    if (st) out.statements.push(st);
    else out.problems.push(`statement ${i + 1} has no Effect of Allow or Deny`);
  });
  return out;
}

function normalizeStatement(s: unknown, region?: string): PolicyStatement | undefined {
  if (!isObj(s)) return undefined;
  const effect = String(get(s, 'Effect') ?? '').toLowerCase();
  if (effect !== 'allow' && effect !== 'deny') return undefined;
  const st: PolicyStatement = { effect };
  const action = get(s, 'Action');
  const notAction = get(s, 'NotAction');
  const resource = get(s, 'Resource');
  const notResource = get(s, 'NotResource');
  const principal = get(s, 'Principal');
  const notPrincipal = get(s, 'NotPrincipal');
  const condition = get(s, 'Condition');
  if (action !== undefined) st.actions = strings(action);
  if (notAction !== undefined) st.notActions = strings(notAction);
  if (resource !== undefined) st.resources = strings(resource);
  if (notResource !== undefined) st.notResources = strings(notResource);
  if (principal !== undefined) st.principals = principals(principal, region);
  if (notPrincipal !== undefined) st.notPrincipals = principals(notPrincipal, region);
  if (isObj(condition) && Object.keys(condition).length > 0) st.conditions = condition;
  return st;
}

/**
 * `"*"` → `*`; `{AWS: "*"}` → `*`; `{AWS: "123456789012"}` → `aws:arn:aws:iam::123456789012:root` (how IAM stores
 * an account principal); `{AWS: arn}` → `aws:<arn>`; `{Service: s}` → `service:<s>`; `{Federated: f}` →
 * `federated:<f>`; `{CanonicalUser: id}` → `canonical:<id>`.
 */
export function principals(p: unknown, region?: string): string[] {
  if (p === '*') return ['*'];
  const out: string[] = [];
  if (typeof p === 'string') out.push(awsPrincipal(p, region));
  else if (isObj(p)) {
    for (const [k, v] of Object.entries(p)) {
      const type = k.toLowerCase();
      for (const value of strings(v)) {
        if (type === 'aws') out.push(awsPrincipal(value, region));
        else if (type === 'service') out.push(`service:${value}`);
        else if (type === 'federated') out.push(`federated:${value}`);
        else if (type === 'canonicaluser') out.push(`canonical:${value}`);
        else out.push(`${type}:${value}`);
      }
    }
  }
  return [...new Set(out)];
}

function awsPrincipal(value: string, region?: string): string {
  if (value === '*') return '*';
  if (ACCOUNT_RE.test(value)) return `aws:arn:${partitionOf(region)}:iam::${value}:root`;
  return `aws:${value}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Questions asked of policies
// ---------------------------------------------------------------------------------------------------------------

/** Condition keys that narrow *who* can use an `Allow` to anyone, so the statement is not public. */
const RESTRICTING_KEYS = new Set([
  'aws:sourceip',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalservicename',
  'aws:userid',
  'aws:username',
  'aws:vpcsourceip',
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn',
  'kms:calleraccount',
  'kms:viaservice',
  'lambda:functionurlauthtype',
]);

function conditionRestricts(conditions: Obj | undefined): boolean {
  if (!conditions) return false;
  for (const [operator, body] of Object.entries(conditions)) {
    if (!isObj(body)) continue;
    const op = operator.toLowerCase();
    for (const [key, value] of Object.entries(body)) {
      if (!RESTRICTING_KEYS.has(key.toLowerCase())) continue;
      // A wildcard value (`StringLike aws:SourceArn *`) or a negated match restricts nothing.
      if (strings(value).some((v) => v === '*')) continue;
      if (op.includes('not')) continue;
      return true;
    }
  }
  return false;
}

/** Whether a statement's principal is anyone (`*` / `{AWS: "*"}`), with no condition that narrows it. */
export function isPublicAllow(st: PolicyStatement): boolean {
  if (st.effect !== 'allow') return false;
  if (st.notPrincipals) return true;
  if (!st.principals?.includes('*')) return false;
  return !conditionRestricts(st.conditions as Obj | undefined);
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

/** Whether the statement's actions (or the complement of its `NotAction`) include any of `actions`. */
export function allowsAnyAction(st: PolicyStatement, actions: readonly string[]): boolean {
  if (st.actions) {
    const res = st.actions.map(globToRegExp);
    return actions.some((a) => res.some((r) => r.test(a)));
  }
  if (st.notActions) {
    const res = st.notActions.map(globToRegExp);
    return actions.some((a) => !res.some((r) => r.test(a)));
  }
  return false;
}

const S3_READ = ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'];
const S3_WRITE = [
  's3:PutObject',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:PutObjectAcl',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:DeleteBucket',
  's3:DeleteBucketPolicy',
];

export interface BucketPolicyFacts {
  publicRead: boolean;
  publicWrite: boolean;
  tlsOnly: boolean;
}

/** Public read/write from `Allow` to anyone, TLS-only from a `Deny` when `aws:SecureTransport` is false. */
export function bucketPolicyFacts(statements: readonly PolicyStatement[]): BucketPolicyFacts {
  let publicRead = false;
  let publicWrite = false;
  let tlsOnly = false;
  for (const st of statements) {
    if (isPublicAllow(st)) {
      if (allowsAnyAction(st, S3_READ)) publicRead = true;
      if (allowsAnyAction(st, S3_WRITE)) publicWrite = true;
    }
    if (st.effect === 'deny' && (st.principals?.includes('*') ?? false) && deniesInsecureTransport(st)) {
      if (allowsAnyAction(st, ['s3:GetObject', 's3:PutObject'])) tlsOnly = true;
    }
  }
  return { publicRead, publicWrite, tlsOnly };
}

function deniesInsecureTransport(st: PolicyStatement): boolean {
  const conditions = st.conditions as Obj | undefined;
  if (!conditions) return false;
  for (const [operator, body] of Object.entries(conditions)) {
    if (!/^bool(ifexists)?$/i.test(operator) || !isObj(body)) continue;
    for (const [key, value] of Object.entries(body)) {
      if (key.toLowerCase() !== 'aws:securetransport') continue;
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => v === false || (typeof v === 'string' && v.toLowerCase() === 'false')))
        return true;
    }
  }
  return false;
}
