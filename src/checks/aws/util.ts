/**
 * Helpers shared by the AWS checks: reading AWS API documents from `raw` (PascalCase from the CLI, camelCase
 * from AWS Config, either accepted), the unknown-is-error rule for those reads, network-rule matching, relational
 * look-ups through the inventory view, tags and dates.
 */
import type { NetworkRule, PolicyStatement, Resource } from '../../core/index.js';
import { type InventoryView, MissingData } from '../define.js';
import { isAnywhere } from '../iam/ip.js';
import { parsePolicy } from '../iam/parse.js';

export type Obj = Record<string, unknown>;

/** The smallest view of a resource the helpers need (a `CheckedResource` or a `Resource`). */
export interface Res {
  id: string;
  account: string;
  region?: string | undefined;
  tags: Record<string, string>;
  properties: object;
  relations: readonly { type: string; target: string }[];
  unknown: readonly { path: string; reason: string }[];
  raw: unknown;
}

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One key of an AWS document: exact, then camelCase, then any case. */
export function field(o: unknown, key: string): unknown {
  if (!isObj(o)) return undefined;
  if (key in o) return o[key];
  const camel = key.charAt(0).toLowerCase() + key.slice(1);
  if (camel in o) return o[camel];
  const lower = key.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

/** A dotted path into `raw` (`Attributes.KmsMasterKeyId`); `undefined` (or `null`) when absent. */
export function rawAt(resource: { raw: unknown }, path: string): unknown {
  let cur: unknown = resource.raw;
  for (const key of path.split('.')) {
    cur = field(cur, key);
    if (cur === undefined || cur === null) return undefined;
  }
  return cur;
}

function reasonFor(resource: Res, path: string): string {
  const full = `raw.${path}`;
  const hit = resource.unknown.find(
    (u) =>
      u.path === full || u.path === path || full.startsWith(`${u.path}.`) || path.startsWith(`${u.path}.`),
  );
  return hit?.reason ?? 'not in the collected data';
}

/** A value from `raw` the check cannot decide without: absent means unknown, so this throws `MissingData`. */
export function needRaw<T = unknown>(resource: Res, path: string): NonNullable<T> {
  const v = rawAt(resource, path);
  if (v === undefined || v === null) throw new MissingData(`raw.${path}`, reasonFor(resource, path));
  return v as NonNullable<T>;
}

/** The raw document (or the object at `path`) must be present; fields inside may then be read as optional. */
export function needRawObject(resource: Res, path?: string): Obj {
  const v = path ? rawAt(resource, path) : resource.raw;
  if (!isObj(v) || Object.keys(v).length === 0)
    throw new MissingData(path ? `raw.${path}` : 'raw', reasonFor(resource, path ?? 'raw'));
  return v;
}

export function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === 'enabled' || s === 'yes') return true;
    if (s === 'false' || s === 'disabled' || s === 'no') return false;
  }
  return undefined;
}

export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A boolean from `raw` that must be known. */
export function needRawBool(resource: Res, path: string): boolean {
  const b = asBool(needRaw(resource, path));
  if (b === undefined) throw new MissingData(`raw.${path}`, 'not a boolean in the collected data');
  return b;
}

/** A number from `raw` that must be known. */
export function needRawNumber(resource: Res, path: string): number {
  const n = asNumber(needRaw(resource, path));
  if (n === undefined) throw new MissingData(`raw.${path}`, 'not a number in the collected data');
  return n;
}

/** A list from `raw`; absent is unknown. */
export function needRawList(resource: Res, path: string): unknown[] {
  const v = needRaw(resource, path);
  if (!Array.isArray(v)) throw new MissingData(`raw.${path}`, 'not a list in the collected data');
  return v;
}

/** A resource policy held in `raw` as a document or JSON text; `[]` when the document says there is none. */
export function rawPolicy(resource: Res, path: string, absentMeansNone: boolean): PolicyStatement[] {
  const v = rawAt(resource, path);
  if (v === undefined || v === '') {
    if (absentMeansNone) return [];
    throw new MissingData(`raw.${path}`, reasonFor(resource, path));
  }
  const statements = parsePolicy(v);
  if (!statements) throw new MissingData(`raw.${path}`, 'the policy document could not be read');
  return statements;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------------

const DAY = 86_400_000;

/** Whole days since an ISO date (or epoch seconds); `undefined` when unreadable. */
export function daysSince(value: unknown, now = Date.now()): number | undefined {
  const t =
    typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t)) return undefined;
  return Math.floor((now - t) / DAY);
}

/** Whole days until an ISO date; negative when past. */
export function daysUntil(value: unknown, now = Date.now()): number | undefined {
  const since = daysSince(value, now);
  return since === undefined ? undefined : -since;
}

// ---------------------------------------------------------------------------------------------------------------
// Tags and parameters
// ---------------------------------------------------------------------------------------------------------------

/** A tag's value, matching the key without regard to case. */
export function tag(resource: { tags: Record<string, string> }, key: string): string | undefined {
  if (key in resource.tags) return resource.tags[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(resource.tags)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Whether the tag is present with one of `values` (compared without case); any value when `values` is empty. */
export function tagged(
  resource: { tags: Record<string, string> },
  key: string,
  values: readonly string[] = [],
): boolean {
  const v = tag(resource, key);
  if (v === undefined) return false;
  return values.length === 0 || values.some((x) => x.toLowerCase() === v.toLowerCase());
}

export const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' && v !== '' ? [v] : [];

// ---------------------------------------------------------------------------------------------------------------
// Network rules
// ---------------------------------------------------------------------------------------------------------------

export type Family = 'ipv4' | 'ipv6' | 'any';

/** `tcp`, `udp`, `icmp`, `icmpv6`, `all` from names or IANA numbers (`-1`, `6`, `17`, `1`, `58`). */
export function protocolName(p: string): string {
  const s = p.trim().toLowerCase();
  const table: Record<string, string> = {
    '-1': 'all',
    '6': 'tcp',
    '17': 'udp',
    '1': 'icmp',
    '58': 'icmpv6',
    '*': 'all',
  };
  return table[s] ?? s;
}

/** The rule's peers that are the whole internet, in the family asked for. */
export function worldPeers(rule: NetworkRule, family: Family = 'any'): string[] {
  return rule.peers.filter((p) => {
    if (!isAnywhere(p)) return false;
    if (family === 'any') return true;
    return family === 'ipv6' ? p.includes(':') : !p.includes(':');
  });
}

export interface PortSpec {
  from: number;
  to: number;
  /** Transport protocols the service uses; default tcp. */
  protocols?: readonly ('tcp' | 'udp')[];
}

/** Whether the rule reaches any port of `spec` over one of its protocols. */
export function reachesPorts(rule: NetworkRule, spec: PortSpec): boolean {
  const proto = protocolName(rule.protocol);
  if (proto === 'all') return true;
  const wanted = spec.protocols ?? ['tcp'];
  if (!(wanted as readonly string[]).includes(proto)) return false;
  return rule.ports.from <= spec.to && rule.ports.to >= spec.from;
}

/** Whether the rule allows every protocol and port. */
export function allTraffic(rule: NetworkRule): boolean {
  const proto = protocolName(rule.protocol);
  return (
    proto === 'all' ||
    ((proto === 'tcp' || proto === 'udp') && rule.ports.from === 0 && rule.ports.to === 65535)
  );
}

/**
 * Security-group style (stateful, unordered, allow-only) ingress rules open to the world on any of `ports`
 * (`'any'`: on any port at all).
 */
export function openIngress(
  rules: readonly NetworkRule[],
  ports: readonly PortSpec[] | 'any',
  family: Family = 'any',
): NetworkRule[] {
  return rules.filter(
    (r) =>
      r.direction === 'ingress' &&
      r.action === 'allow' &&
      worldPeers(r, family).length > 0 &&
      (ports === 'any' || ports.some((p) => reachesPorts(r, p))),
  );
}

/**
 * Network ACL style (stateless, ordered by rule number, first match wins): the rule that lets world traffic in
 * to `port` over `protocol`, if the first world-matching rule for it is an allow. Rules scoped to narrower CIDRs
 * do not stop traffic from the rest of the internet, so only world-peer rules decide.
 */
export function naclWorldIngress(
  rules: readonly NetworkRule[],
  port: number,
  protocol: 'tcp' | 'udp',
  family: Family = 'any',
): NetworkRule | undefined {
  const ordered = rules
    .filter((r) => r.direction === 'ingress' && worldPeers(r, family).length > 0)
    .filter((r) => reachesPorts(r, { from: port, to: port, protocols: [protocol] }))
    .sort((a, b) => (a.priority ?? Number.MAX_SAFE_INTEGER) - (b.priority ?? Number.MAX_SAFE_INTEGER));
  const first = ordered[0];
  return first?.action === 'allow' ? first : undefined;
}

export function describeRule(r: NetworkRule): string {
  const proto = protocolName(r.protocol);
  const ports =
    proto === 'all' || (r.ports.from === 0 && r.ports.to === 65535)
      ? 'all ports'
      : r.ports.from === r.ports.to
        ? `port ${r.ports.from}`
        : `ports ${r.ports.from}-${r.ports.to}`;
  return `${r.action} ${r.direction} ${proto} ${ports} from ${r.peers.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------------------------------------------

/** Targets of the resource's relations of `type`. */
export function relationTargets(resource: Res, type: string): string[] {
  return resource.relations.filter((r) => r.type === type).map((r) => r.target);
}

/**
 * Finds a related resource. When the caller knows the id it wants (from a property), that id decides: tried as
 * is, then as the EC2-style ARN `arn:aws:ec2:<region>:<account>:<arnType>/<id>`, then among the relations of
 * `type` whose target ends with it — a resource may have several relations of one type (a trail logs to a
 * bucket and to a log group), so the first one is not necessarily the one meant. Without an id, the first
 * relation of `type` that resolves is used.
 */
export function related(
  resource: Res,
  inventory: InventoryView,
  type: string,
  id?: string,
  arnType?: string,
): Resource | undefined {
  if (id) {
    const direct = inventory.byId(id);
    if (direct) return direct;
    if (arnType && !id.startsWith('arn:') && resource.region) {
      const arn = inventory.byId(`arn:aws:ec2:${resource.region}:${resource.account}:${arnType}/${id}`);
      if (arn) return arn;
    }
    for (const t of relationTargets(resource, type)) {
      if (t === id || t.endsWith(`/${id}`) || t.endsWith(`:${id}`)) {
        const hit = inventory.byId(t);
        if (hit) return hit;
      }
    }
    return undefined;
  }
  for (const t of relationTargets(resource, type)) {
    const hit = inventory.byId(t);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Whether a security group protects anything: attached per its `attachedTo`, or referred to by a resource
 * with `uses-security-group`. `undefined` when neither tells.
 */
export function securityGroupInUse(sg: Res, inventory: InventoryView): boolean | undefined {
  const attached = (sg.properties as { attachedTo?: unknown }).attachedTo;
  if (Array.isArray(attached) && attached.length > 0) return true;
  if (inventory.referrers(sg.id, 'uses-security-group').length > 0) return true;
  return Array.isArray(attached) ? false : undefined;
}

/** An instance state that means it is not running now (and exposes nothing). */
export function isStopped(state: string | undefined): boolean {
  return (
    state !== undefined &&
    ['stopped', 'stopping', 'terminated', 'shutting-down'].includes(state.toLowerCase())
  );
}

/** Whether a KMS key id/ARN names an AWS managed key (`alias/aws/…`). */
export function isAwsManagedKeyAlias(key: string): boolean {
  return /(^|:)alias\/aws\//.test(key);
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------------------------

/**
 * Why an account no longer needs configuring, if it does not: AWS Organizations reports it `SUSPENDED` or
 * `PENDING_CLOSURE` (`raw.Status`, or `raw.Account.Status` from `describe-account`).
 */
export function closedAccount(account: { raw: unknown }): string | undefined {
  const status = rawAt(account, 'Status') ?? rawAt(account, 'Account.Status');
  if (typeof status !== 'string') return undefined;
  const s = status.toUpperCase();
  return s === 'SUSPENDED' || s === 'PENDING_CLOSURE'
    ? `The account is ${s.toLowerCase().replace('_', ' ')}.`
    : undefined;
}

/**
 * The enabled regions of an account (`raw.Regions`, as `describe-regions` lists them; regions not opted in are
 * left out), or `undefined` when not collected.
 */
export function enabledRegions(account: { raw: unknown }): string[] | undefined {
  const list = rawAt(account, 'Regions');
  if (!Array.isArray(list)) return undefined;
  const out: string[] = [];
  for (const r of list) {
    const name = typeof r === 'string' ? r : field(r, 'RegionName');
    const optIn = field(r, 'OptInStatus');
    if (typeof name === 'string' && optIn !== 'not-opted-in') out.push(name);
  }
  return out;
}

/**
 * A per-region account setting held in `raw.<key>` as `{ "<region>": value }`. Every enabled region (when
 * `raw.Regions` is known) must have an entry; a region without one was not collected, so it is unknown.
 */
export function regionalSetting(account: Res, key: string): Map<string, unknown> {
  const map = needRawObject(account, key);
  const out = new Map<string, unknown>(Object.entries(map));
  for (const region of enabledRegions(account) ?? [])
    if (!out.has(region) || out.get(region) === undefined)
      throw new MissingData(`raw.${key}.${region}`, `not collected for ${region}`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// S3
// ---------------------------------------------------------------------------------------------------------------

/** S3 directory buckets (S3 Express One Zone): always private, no ACLs, versioning, MFA delete or server access logs. */
export function isDirectoryBucket(bucket: { id: string; name?: string | undefined; raw: unknown }): boolean {
  const type = rawAt(bucket, 'BucketType');
  if (typeof type === 'string') return type.toLowerCase() === 'directory';
  const name = bucket.name ?? bucket.id.replace(/^arn:[^:]+:s3(express)?:[^:]*:[^:]*:(bucket\/)?/, '');
  return name.endsWith('--x-s3');
}

/** The ARN-style id the inventory gives an S3 bucket, from its name. */
export function bucketId(name: string, partition = 'aws'): string {
  return name.startsWith('arn:') ? name : `arn:${partition}:s3:::${name}`;
}

// ---------------------------------------------------------------------------------------------------------------
// RDS
// ---------------------------------------------------------------------------------------------------------------

/** Why a database instance or cluster is out of scope: being deleted (`DBInstanceStatus` / `Status`). */
export function databaseGone(db: { raw: unknown }): string | undefined {
  const status = rawAt(db, 'DBInstanceStatus') ?? rawAt(db, 'Status');
  return typeof status === 'string' && ['deleting', 'deleted'].includes(status.toLowerCase())
    ? `The database is ${status}.`
    : undefined;
}

/** An Aurora (or other cluster-managed) instance, whose storage, backup and protection settings live on the cluster. */
export function clusterMember(db: {
  properties: { engine?: string | undefined };
  raw: unknown;
}): string | undefined {
  const cluster = rawAt(db, 'DBClusterIdentifier');
  if (typeof cluster === 'string') return `Managed by the cluster ${cluster}.`;
  return db.properties.engine?.startsWith('aurora')
    ? 'An Aurora instance, managed by its cluster.'
    : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Elastic Load Balancing
// ---------------------------------------------------------------------------------------------------------------

/** `application`, `network`, `gateway` (ELBv2 `Type`) or `classic` (an ELB with `ListenerDescriptions`). */
export function loadBalancerType(lb: { raw: unknown }): string | undefined {
  const type = rawAt(lb, 'Type');
  if (typeof type === 'string') return type.toLowerCase();
  return rawAt(lb, 'ListenerDescriptions') !== undefined ? 'classic' : undefined;
}

/** A load balancer attribute from `describe-load-balancer-attributes` (`raw.Attributes: [{Key, Value}]`). */
export function lbAttribute(lb: { raw: unknown }, key: string): string | undefined {
  const attrs = rawAt(lb, 'Attributes');
  if (!Array.isArray(attrs)) return undefined;
  const hit = attrs.find((a) => field(a, 'Key') === key);
  const v = field(hit, 'Value');
  return typeof v === 'string' ? v : undefined;
}

/**
 * Verdict on a boolean in `raw` that must have the value `want`: pass/fail with the given messages; absent or not a
 * boolean is unknown (`MissingData`).
 */
export function rawFlagOutcome(
  resource: Res,
  path: string,
  want: boolean,
  good: string,
  bad: string,
): { status: 'pass' | 'fail'; message: string; evidence: { path: string; value: unknown }[] } {
  const v = needRawBool(resource, path);
  const evidence = [{ path: `raw.${path}`, value: v }];
  return v === want
    ? { status: 'pass', message: good, evidence }
    : { status: 'fail', message: bad, evidence };
}
