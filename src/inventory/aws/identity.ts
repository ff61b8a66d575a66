/**
 * IAM: users (with the credential report), groups, roles, managed policies and the account's own settings
 * (password policy, root MFA and root access keys), from `get-account-authorization-details` or AWS Config.
 */
import type { PolicyStatement } from '../../core/index.js';
import { Draft, type Fact, type NormContext, reportRecord } from './draft.js';
import { asBool, get, list, num, type Obj, obj, pluck, str, tagsOf, uniq } from './fields.js';
import { missingId } from './network.js';
import { policyStatements } from './policy.js';

// ---------------------------------------------------------------------------------------------------------------
// Credential report
// ---------------------------------------------------------------------------------------------------------------

export type CredentialRow = Record<string, string>;

export interface CredentialReport {
  /** Rows by user ARN. */
  users: Map<string, CredentialRow>;
  root?: CredentialRow;
}

/** Parses the credential report CSV (`iam get-credential-report`, base64-decoded). */
export function parseCredentialReport(csv: string): CredentialReport {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsv(lines[0] ?? '');
  const report: CredentialReport = { users: new Map() };
  for (const line of lines.slice(1)) {
    const cells = splitCsv(line);
    const row: CredentialRow = {};
    header.forEach((h, i) => {
      row[h] = cells[i] ?? '';
    });
    if (row.user === '<root_account>') report.root = row;
    else if (row.arn) report.users.set(row.arn, row);
  }
  return report;
}

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** A report date, or undefined for `N/A`, `no_information`, `not_supported`. */
function reportDate(v: string | undefined): string | undefined {
  return v && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v : undefined;
}

function reportKeys(row: CredentialRow) {
  const keys: { id: string; active: boolean; created: string; lastUsed?: string }[] = [];
  for (const n of [1, 2]) {
    const active = row[`access_key_${n}_active`] === 'true';
    const created = reportDate(row[`access_key_${n}_last_rotated`]);
    if (!active && !created) continue;
    const key: { id: string; active: boolean; created: string; lastUsed?: string } = {
      // The report names key slots, not key ids.
      id: `access_key_${n}`,
      active,
      created: created ?? '',
    };
    const lastUsed = reportDate(row[`access_key_${n}_last_used_date`]);
    if (lastUsed) key.lastUsed = lastUsed;
    keys.push(key);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------------------------
// Policies
// ---------------------------------------------------------------------------------------------------------------

function statementsOf(doc: unknown, ctx: NormContext, what: string): PolicyStatement[] {
  const result = policyStatements(doc);
  for (const p of result.problems) reportRecord(ctx, `${what}: ${p}`);
  return result.statements;
}

/** `UserPolicyList` / `RolePolicyList` / `GroupPolicyList` → one statement list per inline policy. */
function inlinePolicies(
  items: unknown[] | undefined,
  ctx: NormContext,
  owner: string,
): PolicyStatement[][] | undefined {
  if (!items) return undefined;
  return items.map((p) =>
    statementsOf(get(p, 'PolicyDocument'), ctx, `${owner} inline policy ${str(p, 'PolicyName') ?? ''}`),
  );
}

function attached(items: unknown[] | undefined): string[] | undefined {
  return items ? uniq(pluck(items, 'PolicyArn')) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Users, groups, roles, managed policies
// ---------------------------------------------------------------------------------------------------------------

/**
 * `report` is the credential report (a fact: missing → unknown MFA, console access, keys). `groupArns` resolves
 * a group name (user details list names) to its ARN.
 */
export function normalizeUser(
  data: Obj,
  ctx: NormContext,
  report: Fact,
  groupArns: (name: string) => string,
): Draft | undefined {
  const id = str(data, 'Arn');
  if (!id) return missingId(ctx, 'IAM user', 'Arn');
  const d = new Draft(id, 'identity.principal', 'iam', ctx, data);
  d.name = str(data, 'UserName');
  d.tags = tagsOf(get(data, 'Tags'));
  d.set('type', 'user');
  d.set('attachedPolicies', attached(list(data, 'AttachedManagedPolicies')));
  d.set('inlinePolicies', inlinePolicies(list(data, 'UserPolicyList'), ctx, `user ${d.name ?? id}`));
  const groupNames = list(data, 'GroupList');
  if (groupNames) {
    const groups = uniq(groupNames.filter((g): g is string => typeof g === 'string').map(groupArns));
    d.set('groups', groups);
    for (const g of groups) d.relate('member-of', g);
  }
  d.set('path', str(data, 'Path')).set('created', str(data, 'CreateDate'));
  d.set('permissionsBoundary', str(obj(data, 'PermissionsBoundary'), 'PermissionsBoundaryArn'));
  applyReport(d, report, id);
  return d;
}

/** A user known only from the credential report (no authorization details). */
export function userFromReport(row: CredentialRow, ctx: NormContext): Draft | undefined {
  if (!row.arn) return undefined;
  const d = new Draft(row.arn, 'identity.principal', 'iam', ctx, row);
  d.name = row.user;
  d.set('type', 'user');
  for (const p of ['attachedPolicies', 'inlinePolicies', 'groups'])
    d.unknownBecause(p, 'iam-get-account-authorization-details.json missing');
  applyReport(d, { state: 'data', value: { users: new Map([[row.arn, row]]) } }, row.arn);
  return d;
}

function applyReport(d: Draft, report: Fact, arn: string): void {
  const why = report.state === 'unknown' ? report.reason : undefined;
  const row = report.state === 'data' ? (report.value as CredentialReport).users.get(arn) : undefined;
  if (!row) {
    const reason = why ?? 'the user is not in the credential report (created after it was generated?)';
    for (const p of ['mfa', 'consoleAccess', 'accessKeys', 'passwordLastUsed']) d.unknownBecause(p, reason);
    return;
  }
  d.set('mfa', row.mfa_active === 'true');
  d.set('consoleAccess', row.password_enabled === 'true');
  d.set('accessKeys', reportKeys(row));
  // A date, or the report's own word for never (`no_information`) or no password (`N/A`).
  if (row.password_last_used) d.set('passwordLastUsed', row.password_last_used);
}

/** The root user, from the credential report's `<root_account>` row. */
export function rootFromReport(row: CredentialRow, ctx: NormContext): Draft {
  const partition = ctx.region.startsWith('cn-') ? 'aws-cn' : 'aws';
  const d = new Draft(
    row.arn || `arn:${partition}:iam::${ctx.account}:root`,
    'identity.principal',
    'iam',
    ctx,
    row,
  );
  d.name = 'root';
  d.set('type', 'root');
  d.set('mfa', row.mfa_active === 'true');
  d.set('accessKeys', reportKeys(row));
  if (row.password_last_used) d.set('passwordLastUsed', row.password_last_used);
  d.unknownBecause(
    'consoleAccess',
    'the credential report does not say whether the root user has a password',
  );
  // IAM policies and groups cannot apply to the root user.
  d.set('attachedPolicies', []).set('inlinePolicies', []).set('groups', []);
  return d;
}

export function normalizeGroup(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'Arn');
  if (!id) return missingId(ctx, 'IAM group', 'Arn');
  const d = new Draft(id, 'identity.group', 'iam', ctx, data);
  d.name = str(data, 'GroupName');
  d.set('attachedPolicies', attached(list(data, 'AttachedManagedPolicies')));
  d.set('inlinePolicies', inlinePolicies(list(data, 'GroupPolicyList'), ctx, `group ${d.name ?? id}`));
  d.set('path', str(data, 'Path'));
  return d;
}

export function normalizeRole(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'Arn');
  if (!id) return missingId(ctx, 'IAM role', 'Arn');
  const d = new Draft(id, 'identity.role', 'iam', ctx, data);
  d.name = str(data, 'RoleName');
  d.tags = tagsOf(get(data, 'Tags'));
  const trust = get(data, 'AssumeRolePolicyDocument');
  if (trust !== undefined) d.set('trust', statementsOf(trust, ctx, `role ${d.name ?? id} trust policy`));
  else d.unknownBecause('trust', 'the record has no AssumeRolePolicyDocument');
  d.set('attachedPolicies', attached(list(data, 'AttachedManagedPolicies')));
  d.set('inlinePolicies', inlinePolicies(list(data, 'RolePolicyList'), ctx, `role ${d.name ?? id}`));
  const profiles = list(data, 'InstanceProfileList');
  if (profiles) d.facts.instanceProfiles = pluck(profiles, 'Arn');
  const path = str(data, 'Path');
  d.set('path', path).set('created', str(data, 'CreateDate'));
  d.set('serviceLinked', path === undefined ? undefined : path.startsWith('/aws-service-role/'));
  d.set('lastUsed', str(obj(data, 'RoleLastUsed'), 'LastUsedDate'));
  d.set('permissionsBoundary', str(obj(data, 'PermissionsBoundary'), 'PermissionsBoundaryArn'));
  return d;
}

/** A managed policy; its statements are those of the default version. */
export function normalizeManagedPolicy(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'Arn');
  if (!id) return missingId(ctx, 'IAM policy', 'Arn');
  const d = new Draft(id, 'identity.policy', 'iam', ctx, data);
  d.name = str(data, 'PolicyName');
  d.tags = tagsOf(get(data, 'Tags'));
  d.set('managedBy', /^arn:[^:]+:iam::aws:policy\//.test(id) ? 'provider' : 'customer');
  const defaultId = str(data, 'DefaultVersionId');
  const versions = list(data, 'PolicyVersionList') ?? [];
  const version =
    versions.find((v) => asBool(get(v, 'IsDefaultVersion')) === true) ??
    versions.find((v) => defaultId !== undefined && str(v, 'VersionId') === defaultId);
  if (version) d.set('statements', statementsOf(get(version, 'Document'), ctx, `policy ${d.name ?? id}`));
  else d.unknownBecause('statements', 'the default policy version is not in the record');
  d.set('defaultVersion', defaultId);
  d.set('attachmentCount', num(data, 'AttachmentCount'));
  d.set('path', str(data, 'Path'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// The account
// ---------------------------------------------------------------------------------------------------------------

export interface AccountInput {
  /** `get-account-summary` (`SummaryMap`). */
  summary: Fact;
  /** `get-account-password-policy` (`PasswordPolicy`); none when no custom policy is set. */
  passwordPolicy: Fact;
  /** The credential report's `<root_account>` row, if the report was read. */
  root: Fact;
  /**
   * The account document the account-level checks read as `raw`: `Regions`, `PublicAccessBlockConfiguration`,
   * `VirtualMFADevices`, `AlternateContacts`, `Account`, and per-Region maps (`EbsEncryptionByDefault`,
   * `GuardDuty`, `SecurityHub`, `AccessAnalyzers`).
   */
  raw: Record<string, unknown>;
}

/**
 * The account. An AWS account has no ARN of its own outside AWS Organizations, so its id is
 * `aws:account:<account-id>` (the root user is the principal `arn:aws:iam::<account-id>:root`).
 */
export function normalizeAccount(input: AccountInput, ctx: NormContext): Draft {
  const raw: Record<string, unknown> = { ...input.raw };
  if (input.summary.state === 'data')
    raw.SummaryMap = obj(input.summary.value, 'SummaryMap') ?? input.summary.value;
  if (input.passwordPolicy.state === 'data')
    raw.PasswordPolicy = obj(input.passwordPolicy.value, 'PasswordPolicy') ?? input.passwordPolicy.value;
  const d = new Draft(`aws:account:${ctx.account}`, 'identity.account', 'organizations', ctx, raw);
  d.name = str(raw.Account, 'Name') ?? ctx.account;
  const organizationsArn = str(raw.Account, 'Arn');
  if (organizationsArn) d.set('organizationsArn', organizationsArn);
  const summary = raw.SummaryMap;
  const root = input.root.state === 'data' ? (input.root.value as CredentialRow) : undefined;
  const mfa = num(summary, 'AccountMFAEnabled');
  const keys = num(summary, 'AccountAccessKeysPresent');
  const reason = [input.summary, input.root]
    .filter((f): f is { state: 'unknown'; reason: string } => f.state === 'unknown')
    .map((f) => f.reason)
    .join('; ');
  if (mfa !== undefined) d.set('rootMfa', mfa === 1);
  else if (root) d.set('rootMfa', root.mfa_active === 'true');
  else d.unknownBecause('rootMfa', reason);
  if (keys !== undefined) d.set('rootAccessKeys', keys === 1);
  else if (root)
    d.set('rootAccessKeys', root.access_key_1_active === 'true' || root.access_key_2_active === 'true');
  else d.unknownBecause('rootAccessKeys', reason);
  if (input.passwordPolicy.state === 'data') d.set('passwordPolicy', raw.PasswordPolicy);
  else if (input.passwordPolicy.state === 'none') d.set('passwordPolicy', {});
  else d.unknownBecause('passwordPolicy', input.passwordPolicy.reason);
  return d;
}
