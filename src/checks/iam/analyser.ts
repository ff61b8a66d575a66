/**
 * Questions asked of AWS IAM policies, over normalized `PolicyStatement`s (core/properties.ts).
 *
 * Evaluation follows the IAM policy evaluation logic for the statements given (one policy, or all the policies
 * of one principal): a request is allowed only when some `Allow` statement applies and no `Deny` statement
 * applies; an explicit deny always wins; with no applicable statement the answer is an implicit deny.
 *
 * A statement applies when its action (`Action`, or everything outside `NotAction`), resource (`Resource`, or
 * everything outside `NotResource`), principal (for resource policies, when a principal is asked about) and
 * `Condition` all match. Without a request context, conditions are unknown, and the analyser answers the
 * security question "could this be allowed?": an `Allow` whose conditions might hold counts, a `Deny` whose
 * conditions might not hold does not. `decide` says when an answer rests on such a condition.
 *
 * Not modelled: service control policies, permission boundaries, session policies, and the interplay between an
 * identity policy and a resource policy in different accounts. Those narrow access; findings here are what the
 * given statements grant on their own.
 */
import type { PolicyStatement } from '../../core/index.js';
import { type ConditionContext, callerRestriction, evaluateConditions, type Tri } from './conditions.js';
import { covers, intersects, isUnresolved, matches, type PatternOptions } from './glob.js';

export interface AccessRequest {
  action: string;
  /** The resource ARN. Absent: "on at least one resource". */
  resource?: string;
  /** The calling principal (`aws:<arn>`, `service:<name>`, …), for resource policies. Absent: anyone. */
  principal?: string;
  context?: ConditionContext;
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';

export interface DecisionDetail {
  decision: Decision;
  /** Indexes of the statements that decided: the denying ones, else the allowing ones. */
  statements: number[];
  /** The decision rests on conditions whose outcome is not known from the request. */
  conditional: boolean;
}

const ACTION: PatternOptions = { mode: 'action' };

function resourceOptions(ctx?: ConditionContext): PatternOptions {
  const variables: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx?.values ?? {})) if (typeof v === 'string') variables[k] = v;
  return { mode: 'resource', variables };
}

/** Whether the statement's action element matches the action name. */
export function matchesAction(st: PolicyStatement, action: string): boolean {
  if (st.actions) return st.actions.some((p) => matches(p, action, ACTION));
  if (st.notActions) return !st.notActions.some((p) => matches(p, action, ACTION));
  return false;
}

function matchesResource(
  st: PolicyStatement,
  resource: string,
  opts: PatternOptions,
  forDeny: boolean,
): boolean {
  const usable = (p: string) => !(forDeny && isUnresolved(p, opts));
  if (st.resources) return st.resources.some((p) => usable(p) && matches(p, resource, opts));
  if (st.notResources) {
    // A Deny whose NotResource holds an unresolved variable cannot be relied on to exclude anything.
    if (forDeny && st.notResources.some((p) => isUnresolved(p, opts))) return false;
    return !st.notResources.some((p) => matches(p, resource, opts));
  }
  // Resource policies may omit Resource; the statement is about the resource it is attached to.
  return true;
}

function matchesPrincipal(st: PolicyStatement, principal: string | undefined): boolean {
  if (principal === undefined) return true;
  const text: PatternOptions = { mode: 'text' };
  if (st.principals)
    return st.principals.some((p) => p === '*' || p === 'aws:*' || matches(p, principal, text));
  if (st.notPrincipals) return !st.notPrincipals.some((p) => matches(p, principal, text));
  return true;
}

/** Resource patterns (as patterns) that an Allow statement reaches. */
function reach(st: PolicyStatement): string[] {
  if (st.resources) return st.resources;
  if (st.notResources?.includes('*')) return [];
  return ['*'];
}

/** Whether an applicable Deny covers every resource in `pattern`. */
function denyCovers(deny: PolicyStatement, pattern: string, opts: PatternOptions): boolean {
  if (deny.resources) return deny.resources.some((p) => covers(p, pattern, opts));
  if (deny.notResources) return !deny.notResources.some((p) => intersects(p, pattern, opts));
  return true;
}

/** The IAM decision for one request. */
export function decide(statements: readonly PolicyStatement[], request: AccessRequest): DecisionDetail {
  const opts = resourceOptions(request.context);
  let conditional = false;
  const applies = (st: PolicyStatement, forDeny: boolean): Tri => {
    if (!matchesAction(st, request.action)) return false;
    if (!matchesPrincipal(st, request.principal)) return false;
    const when = evaluateConditions(st.conditions, request.context);
    // With no caller named, a Deny aimed at particular principals may or may not be about this caller.
    if (forDeny && request.principal === undefined && when !== false) {
      const everyone =
        st.principals === undefined ? st.notPrincipals === undefined : st.principals.includes('*');
      if (!everyone) return undefined;
    }
    return when;
  };

  const denies: number[] = [];
  const sureDenies: PolicyStatement[] = [];
  statements.forEach((st, i) => {
    if (st.effect !== 'deny') return;
    const a = applies(st, true);
    if (a === false) return;
    if (request.resource !== undefined && !matchesResource(st, request.resource, opts, true)) return;
    if (a === undefined) {
      conditional = true;
      return;
    }
    denies.push(i);
    sureDenies.push(st);
  });
  if (request.resource !== undefined && denies.length > 0)
    return { decision: 'explicit-deny', statements: denies, conditional };

  const allowing: number[] = [];
  statements.forEach((st, i) => {
    if (st.effect !== 'allow') return;
    const a = applies(st, false);
    if (a === false) return;
    if (request.resource !== undefined) {
      if (!matchesResource(st, request.resource, opts, false)) return;
    } else {
      // "On some resource": some resource this statement reaches must escape every sure Deny.
      const open = reach(st).filter((p) => !sureDenies.some((d) => denyCovers(d, p, opts)));
      if (open.length === 0) return;
    }
    if (a === undefined) conditional = true;
    allowing.push(i);
  });
  if (allowing.length > 0) return { decision: 'allow', statements: allowing, conditional };
  if (request.resource !== undefined) return { decision: 'implicit-deny', statements: [], conditional };
  // On "some resource", the refusal is explicit only when a Deny reaches every resource.
  const total = denies.filter((i) => {
    const d = statements[i];
    return d !== undefined && denyCovers(d, '*', opts);
  });
  return total.length > 0
    ? { decision: 'explicit-deny', statements: total, conditional }
    : { decision: 'implicit-deny', statements: [], conditional };
}

/**
 * Whether the statements could allow `action` (on `resource`, or on some resource when omitted). An explicit
 * deny wins; unknown conditions are read in the permissive direction (see the module comment).
 */
export function allows(
  statements: readonly PolicyStatement[],
  action: string,
  resource?: string,
  context?: ConditionContext,
): boolean {
  const request: AccessRequest = { action };
  if (resource !== undefined) request.resource = resource;
  if (context !== undefined) request.context = context;
  return decide(statements, request).decision === 'allow';
}

/** Whether an unconditional Deny among the statements takes away every action of `actionPattern` on `resourcePattern`. */
function revoked(
  statements: readonly PolicyStatement[],
  actionPattern: string,
  resourcePattern: string,
): boolean {
  const opts = resourceOptions();
  return statements.some((d) => {
    if (d.effect !== 'deny' || evaluateConditions(d.conditions) !== true) return false;
    if (d.principals && !d.principals.includes('*')) return false;
    const actionsCovered = d.actions
      ? d.actions.some((p) => covers(p, actionPattern, ACTION))
      : (d.notActions ?? ['*']).every((p) => !intersects(p, actionPattern, ACTION));
    return actionsCovered && denyCovers(d, resourcePattern, opts);
  });
}

/** Whether an Allow statement grants every action of `actionPattern` on every resource of `resourcePattern`. */
function statementGrantsAll(st: PolicyStatement, actionPattern: string, resourcePattern: string): boolean {
  if (st.effect !== 'allow') return false;
  const actionsCovered = st.actions
    ? st.actions.some((p) => covers(p, actionPattern, ACTION))
    : st.notActions !== undefined && !st.notActions.some((p) => intersects(p, actionPattern, ACTION));
  if (!actionsCovered) return false;
  const opts = resourceOptions();
  if (st.resources) return st.resources.some((p) => covers(p, resourcePattern, opts));
  if (st.notResources) return !st.notResources.some((p) => intersects(p, resourcePattern, opts));
  return true;
}

/**
 * Whether the statements grant every action matching `actionPattern` (`iam:*`, `*`) on every resource matching
 * `resourcePattern`, with no unconditional Deny taking the whole grant back.
 */
export function grantsAll(
  statements: readonly PolicyStatement[],
  actionPattern: string,
  resourcePattern = '*',
): boolean {
  return (
    statements.some((st) => statementGrantsAll(st, actionPattern, resourcePattern)) &&
    !revoked(statements, actionPattern, resourcePattern)
  );
}

export type AdminReason = 'all-actions' | 'not-action' | 'all-iam';

export interface AdminFinding {
  reason: AdminReason;
  statement: number;
  description: string;
}

/**
 * Why the statements amount to administrator access, if they do:
 * - `all-actions`: `*` (or `*:*`) on resource `*`;
 * - `not-action`: an `Allow` with `NotAction` on resource `*` (everything except a short list);
 * - `all-iam`: `iam:*` on `*`, enough to grant itself anything else.
 * A grant counts unless an unconditional Deny takes all of it back. Empty when the statements are not
 * admin-equivalent.
 */
export function adminEquivalence(statements: readonly PolicyStatement[]): AdminFinding[] {
  const out: AdminFinding[] = [];
  if (revoked(statements, '*', '*')) return out;
  const opts = resourceOptions();
  const onEverything = (st: PolicyStatement) =>
    st.resources
      ? st.resources.some((p) => covers(p, '*', opts))
      : st.notResources !== undefined && !st.notResources.includes('*');
  statements.forEach((st, i) => {
    if (st.effect !== 'allow' || !onEverything(st)) return;
    if (st.actions?.some((p) => covers(p, '*', ACTION)))
      out.push({ reason: 'all-actions', statement: i, description: 'allows every action on every resource' });
    else if (st.notActions && !st.actions)
      out.push({
        reason: 'not-action',
        statement: i,
        description: `allows every action except ${st.notActions.join(', ')} on every resource`,
      });
    else if (statementGrantsAll(st, 'iam:*', '*') && !revoked(statements, 'iam:*', '*'))
      out.push({ reason: 'all-iam', statement: i, description: 'allows every IAM action on every resource' });
  });
  return out;
}

export function isAdminEquivalent(statements: readonly PolicyStatement[]): boolean {
  return adminEquivalence(statements).length > 0;
}

/** Whether some Allow statement is literally `"Action": "*"` (or `*:*`) on `"Resource": "*"` (CIS "full *:*"). */
export function hasFullAdminStatement(statements: readonly PolicyStatement[]): boolean {
  return statements.some(
    (st) =>
      st.effect === 'allow' &&
      (st.actions ?? []).some((a) => a === '*' || a === '*:*') &&
      (st.resources ?? []).includes('*'),
  );
}

export interface PublicStatement {
  statement: number;
  /** `principal` when Principal is everyone, `not-principal` for an Allow with NotPrincipal. */
  via: 'principal' | 'not-principal';
}

/**
 * Statements of a resource policy that allow everyone: an `Allow` whose principal is `*` (`"*"` or
 * `{"AWS": "*"}`), or that uses `NotPrincipal`, with no condition pinning the caller (aws:SourceArn,
 * aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpc(e), aws:SourceIp, … — see `CALLER_RESTRICTING_KEYS`).
 */
export function publicPrincipal(statements: readonly PolicyStatement[]): PublicStatement[] {
  const out: PublicStatement[] = [];
  statements.forEach((st, i) => {
    if (st.effect !== 'allow') return;
    const everyone = st.principals?.some((p) => p === '*' || p === 'aws:*') ?? false;
    const via = everyone ? 'principal' : st.notPrincipals ? 'not-principal' : undefined;
    if (!via) return;
    if (callerRestriction(st.conditions) !== undefined) return;
    out.push({ statement: i, via });
  });
  return out;
}

/** Actions of the public statements, for messages. */
export function publicActions(statements: readonly PolicyStatement[]): string[] {
  const out = new Set<string>();
  for (const p of publicPrincipal(statements)) {
    const st = statements[p.statement];
    for (const a of st?.actions ?? (st?.notActions ? [`all but ${st.notActions.join(', ')}`] : []))
      out.add(a);
  }
  return [...out];
}

/** Twelve-digit account ids named by the statements' principals (`aws:arn:aws:iam::<acct>:…`, `aws:<acct>`). */
export function principalAccounts(st: PolicyStatement): string[] {
  const out = new Set<string>();
  for (const p of st.principals ?? []) {
    if (!p.startsWith('aws:')) continue;
    const value = p.slice(4);
    const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value) ?? /^(\d{12})$/.exec(value);
    if (m?.[1]) out.add(m[1]);
  }
  return [...out];
}
