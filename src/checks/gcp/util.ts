/**
 * Helpers shared by the Google Cloud checks.
 *
 * What the checks expect of the inventory (the contract a Google Cloud collector fulfils):
 *
 * - `raw` is the resource body as Cloud Asset Inventory exports it in `resource.data` (the service API's own
 *   representation: a Compute Engine `Instance`, a Cloud SQL `DatabaseInstance`, …). A whole CAI asset record
 *   (`{ name, assetType, resource: { data }, iamPolicy }`) is accepted too. Normalized properties win where both
 *   exist.
 * - Ids are CAI full resource names (`//compute.googleapis.com/projects/p/zones/z/instances/i`); `account` is the
 *   project. The asset type comes from `raw.assetType` or is derived from the id.
 * - IAM policies are `identity.policy` resources: `raw` is the policy (`{ bindings, auditConfigs }`, as in a CAI
 *   `IAM_POLICY` export) or a CAI asset carrying `iamPolicy`; the resource the policy is set on is named by the
 *   normalized `attachedTo`, by an `attached-to` relation, or by the CAI asset `name`. Normalized statements
 *   (`actions` = roles, `principals` = members) are read when no raw policy is kept.
 * - Children (service account keys) are resources whose name extends the parent's; a class of resources counts as
 *   collected when the inventory holds at least one of it — otherwise absence is unknown and the check reports
 *   `error`.
 * - Kinds follow the catalog: instances `compute.instance`, disks `storage.volume`, firewall rules
 *   `network.security-group`, networks `network.vpc`, subnetworks `network.subnet`, backend services and target
 *   proxies `network.load-balancer`, DNS zones `network.dns-zone`, buckets `storage.bucket`, Cloud SQL
 *   `database.instance`, BigQuery datasets and tables `database.warehouse`, GKE `compute.container-cluster`, KMS
 *   keys `crypto.key`, service accounts `identity.principal`, API keys `secrets.secret`, projects
 *   `identity.account`, Cloud Functions `compute.function`. Lookups between resources go by name or asset type, so
 *   they do not depend on the kind a collector chose for the other side.
 */
import { type Observation, RESOURCE_KINDS, type Resource } from '../../core/index.js';
import { type InventoryView, MissingData } from '../define.js';

export interface Res {
  id: string;
  account: string;
  region?: string | undefined;
  name?: string | undefined;
  tags: Record<string, string>;
  raw: unknown;
  properties: object;
  unknown: readonly { path: string; reason: string }[];
  relations: readonly { type: string; target: string }[];
}

export type Json = Record<string, unknown>;

export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unknownReason(v: unknown): string | undefined {
  if (isObj(v) && typeof v.$unknown === 'string') return v.$unknown;
  if (typeof v === 'string' && v.includes('\uE000')) return 'the value is only partly known';
  return undefined;
}

export function at(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const key of path.split('.')) {
    if (unknownReason(v) !== undefined) return v;
    if (Array.isArray(v) && /^\d+$/.test(key)) v = v[Number(key)];
    else v = isObj(v) ? v[key] : undefined;
  }
  return v;
}

function recorded(r: Res, ...paths: string[]): string | undefined {
  for (const u of r.unknown)
    for (const p of paths) if (p === u.path || p.startsWith(`${u.path}.`)) return u.reason;
  return undefined;
}

/** The resource body: `raw.resource.data` for a whole CAI asset, else `raw`. */
export function data(r: { raw: unknown }): Json | undefined {
  if (isObj(r.raw) && isObj(r.raw.resource) && isObj(r.raw.resource.data)) return r.raw.resource.data;
  return isObj(r.raw) ? r.raw : undefined;
}

/** A value of the resource body, undefined when absent; IaC unknown markers are `MissingData`. */
export function value<T = unknown>(r: { raw: unknown }, path: string): T | undefined {
  const v = at(data(r), path);
  const reason = unknownReason(v);
  if (reason !== undefined) throw new MissingData(`raw.${path}`, reason);
  return v === null || v === undefined ? undefined : (v as T);
}

/** A value of the resource body the check cannot decide without: absent means unknown (`error`). */
export function need<T = unknown>(r: Res, path: string, normalized?: string): NonNullable<T> {
  const v = value<T>(r, path);
  if (v === undefined || v === null)
    throw new MissingData(
      `raw.${path}`,
      recorded(r, `raw.${path}`, path, ...(normalized ? [normalized] : [])) ?? 'not in the collected data',
    );
  return v as NonNullable<T>;
}

/** A normalized property if known. */
export function norm<T = unknown>(r: Res, path: string): T | undefined {
  const v = at(r.properties, path);
  return v === null || v === undefined ? undefined : (v as T);
}

/** True when the resource body was collected, so that documented omissions (no `accessConfigs`) mean "none". */
export function hasBody(r: { raw: unknown }): boolean {
  const d = data(r);
  return d !== undefined && Object.keys(d).some((k) => k !== 'assetType');
}

/** Throws `MissingData` unless the resource body was collected. */
export function needBody(r: Res): Json {
  const d = data(r);
  if (!d || !hasBody(r))
    throw new MissingData('raw', recorded(r, 'raw') ?? 'the resource body was not collected');
  return d;
}

// ----- names and asset types ----------------------------------------------------------------------------------

const HOST_ALIASES: Record<string, string> = { 'cloudsql.googleapis.com': 'sqladmin.googleapis.com' };
const TYPE_ALIASES: Record<string, string> = {
  'iam.googleapis.com/Key': 'iam.googleapis.com/ServiceAccountKey',
  'logging.googleapis.com/Sink': 'logging.googleapis.com/LogSink',
  'logging.googleapis.com/Metric': 'logging.googleapis.com/LogMetric',
  'logging.googleapis.com/Bucket': 'logging.googleapis.com/LogBucket',
};

function singular(collection: string): string {
  if (collection.endsWith('ies')) return `${collection.slice(0, -3)}y`;
  if (collection.endsWith('sses')) return collection.slice(0, -2);
  return collection.endsWith('s') ? collection.slice(0, -1) : collection;
}

/** The asset type named by a full resource name, e.g. `compute.googleapis.com/Instance`. */
export function assetTypeOfName(name: string): string | undefined {
  const m = /^\/\/([^/]+)\/(.+)$/.exec(name);
  if (!m?.[1] || !m[2]) return undefined;
  const host = HOST_ALIASES[m[1]] ?? m[1];
  const segs = m[2].split('/');
  if (host === 'storage.googleapis.com' && segs.length === 1) return 'storage.googleapis.com/Bucket';
  const collection = segs.length >= 2 ? segs[segs.length - 2] : undefined;
  if (!collection) return undefined;
  const s = singular(collection);
  const type = `${host}/${s.charAt(0).toUpperCase()}${s.slice(1)}`;
  return TYPE_ALIASES[type] ?? type;
}

/** The resource's asset type: `raw.assetType`, else derived from its id; '' when neither says. */
export function assetType(r: { id: string; raw: unknown }): string {
  const t = isObj(r.raw) ? r.raw.assetType : undefined;
  if (typeof t === 'string' && t.includes('/')) return t;
  return assetTypeOfName(r.id) ?? '';
}

/** Whether the resource is one of `types`; an undeterminable type is `MissingData`. */
export function isAsset(r: { id: string; raw: unknown }, ...types: string[]): boolean {
  const t = assetType(r);
  if (!t) throw new MissingData('assetType', 'the Google Cloud asset type is not in the collected data');
  return types.some((x) => x.toLowerCase() === t.toLowerCase());
}

/** The project a resource belongs to, from its name (`/projects/<p>/`), else its account. */
export function projectOf(r: { id: string; account: string }): string {
  return /\/projects\/([^/]+)/.exec(r.id)?.[1] ?? r.account;
}

/** `//compute.googleapis.com/projects/p/global/networks/n` from a self link or a relative name. */
export function urlToName(url: string, host = 'compute.googleapis.com'): string {
  const m =
    /^https:\/\/(?:www\.googleapis\.com|[a-z]+\.googleapis\.com)\/([a-z]+)\/(?:v\d[a-z0-9]*|beta|alpha)\/(.+)$/i.exec(
      url,
    );
  if (m?.[1] && m[2]) return `//${m[1]}.googleapis.com/${m[2]}`;
  if (url.startsWith('//')) return url;
  return `//${host}/${url.replace(/^\//, '')}`;
}

export function label(r: { id: string; name?: string | undefined }): string {
  return r.name ?? r.id.split('/').pop() ?? r.id;
}

export const A = {
  instance: 'compute.googleapis.com/Instance',
  disk: 'compute.googleapis.com/Disk',
  firewall: 'compute.googleapis.com/Firewall',
  network: 'compute.googleapis.com/Network',
  subnetwork: 'compute.googleapis.com/Subnetwork',
  computeProject: 'compute.googleapis.com/Project',
  backendService: 'compute.googleapis.com/BackendService',
  regionBackendService: 'compute.googleapis.com/RegionBackendService',
  sslPolicy: 'compute.googleapis.com/SslPolicy',
  httpsProxy: 'compute.googleapis.com/TargetHttpsProxy',
  sslProxy: 'compute.googleapis.com/TargetSslProxy',
  bucket: 'storage.googleapis.com/Bucket',
  sqlInstance: 'sqladmin.googleapis.com/Instance',
  dataset: 'bigquery.googleapis.com/Dataset',
  table: 'bigquery.googleapis.com/Table',
  cluster: 'container.googleapis.com/Cluster',
  cryptoKey: 'cloudkms.googleapis.com/CryptoKey',
  serviceAccount: 'iam.googleapis.com/ServiceAccount',
  serviceAccountKey: 'iam.googleapis.com/ServiceAccountKey',
  apiKey: 'apikeys.googleapis.com/Key',
  managedZone: 'dns.googleapis.com/ManagedZone',
  dnsPolicy: 'dns.googleapis.com/Policy',
  sink: 'logging.googleapis.com/LogSink',
  logMetric: 'logging.googleapis.com/LogMetric',
  alertPolicy: 'monitoring.googleapis.com/AlertPolicy',
  project: 'cloudresourcemanager.googleapis.com/Project',
  folder: 'cloudresourcemanager.googleapis.com/Folder',
  organization: 'cloudresourcemanager.googleapis.com/Organization',
  functionV1: 'cloudfunctions.googleapis.com/CloudFunction',
  functionV2: 'cloudfunctions.googleapis.com/Function',
} as const;

// ----- one index per evaluation --------------------------------------------------------------------------------

const memo = new WeakMap<InventoryView, Map<string, unknown>>();

export function once<T>(inventory: InventoryView, key: string, build: () => T): T {
  let m = memo.get(inventory);
  if (!m) {
    m = new Map();
    memo.set(inventory, m);
  }
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

interface TypeIndex {
  byType: Map<string, Resource[]>;
  byParent: Map<string, Resource[]>;
}

/** Every Google Cloud resource of the inventory by asset type and by parent name — built once. */
export function typeIndex(inventory: InventoryView): TypeIndex {
  return once(inventory, 'gcp:types', () => {
    const byType = new Map<string, Resource[]>();
    const byParent = new Map<string, Resource[]>();
    for (const kind of RESOURCE_KINDS) {
      for (const r of inventory.byKind(kind)) {
        if (r.provider !== 'gcp') continue;
        const t = assetType(r);
        if (t) push(byType, t.toLowerCase(), r);
        const segs = r.id.split('/');
        if (r.id.startsWith('//') && segs.length > 5) push(byParent, segs.slice(0, -2).join('/'), r);
      }
    }
    return { byType, byParent };
  });
}

export function ofType(inventory: InventoryView, ...types: string[]): Resource[] {
  const idx = typeIndex(inventory).byType;
  return types.flatMap((t) => idx.get(t.toLowerCase()) ?? []);
}

/** Resources of `type` whose name extends `parent`'s; undefined when that type was not collected at all. */
export function childrenOf(
  parent: { id: string },
  inventory: InventoryView,
  type: string,
): Resource[] | undefined {
  if (ofType(inventory, type).length === 0) return undefined;
  return (typeIndex(inventory).byParent.get(parent.id) ?? []).filter(
    (r) => assetType(r).toLowerCase() === type.toLowerCase(),
  );
}

/** The keys under which project-scoped resources may name a project: id, number, and the inventory account. */
export function projectKeys(project: Res): string[] {
  const keys = new Set<string>([project.account]);
  const fromId = /\/projects\/([^/]+)/.exec(project.id)?.[1];
  if (fromId) keys.add(fromId);
  for (const p of ['projectId', 'projectNumber']) {
    const v = value(project, p);
    if (typeof v === 'string' || typeof v === 'number') keys.add(String(v));
  }
  const name = value<string>(project, 'name');
  if (typeof name === 'string' && name.startsWith('projects/')) keys.add(name.slice('projects/'.length));
  return [...keys];
}

/** Project-scoped resources of a type, indexed by the project segment of their name (or account). */
export function byProject(inventory: InventoryView, type: string): Map<string, Resource[]> {
  return once(inventory, `gcp:by-project:${type}`, () => {
    const m = new Map<string, Resource[]>();
    for (const r of ofType(inventory, type)) {
      const keys = new Set([projectOf(r), r.account]);
      for (const k of keys) push(m, k, r);
    }
    return m;
  });
}

/** Distinct resources of `type` that belong to `project`. */
export function inProject(project: Res, inventory: InventoryView, type: string): Resource[] {
  const idx = byProject(inventory, type);
  const out = new Map<string, Resource>();
  for (const k of projectKeys(project)) for (const r of idx.get(k) ?? []) out.set(r.id, r);
  return [...out.values()];
}

// ----- IAM policies --------------------------------------------------------------------------------------------

export interface Binding {
  role: string;
  members: string[];
  conditional: boolean;
}

function policyDoc(r: { raw: unknown }): Json | undefined {
  if (isObj(r.raw) && isObj(r.raw.iamPolicy)) return r.raw.iamPolicy;
  if (isObj(r.raw) && (Array.isArray(r.raw.bindings) || Array.isArray(r.raw.auditConfigs))) return r.raw;
  return undefined;
}

/** The bindings of an IAM policy resource (raw policy, CAI asset or normalized statements). */
export function bindings(r: Res): Binding[] {
  const doc = policyDoc(r);
  if (doc) {
    const list = Array.isArray(doc.bindings) ? doc.bindings : [];
    return list.filter(isObj).map((b) => ({
      role: String(b.role ?? ''),
      members: Array.isArray(b.members) ? b.members.map(String) : [],
      conditional: isObj(b.condition),
    }));
  }
  const statements = norm<unknown[]>(r, 'statements');
  if (statements) {
    return statements
      .filter(isObj)
      .filter((s) => s.effect !== 'deny')
      .flatMap((s) =>
        (Array.isArray(s.actions) ? s.actions : []).map((role) => ({
          role: String(role),
          members: Array.isArray(s.principals) ? s.principals.map(String) : [],
          conditional: isObj(s.conditions) && Object.keys(s.conditions).length > 0,
        })),
      );
  }
  if (
    isObj(r.raw) &&
    Object.keys(r.raw).length > 0 &&
    (r.raw.etag !== undefined || r.raw.version !== undefined)
  )
    return [];
  throw new MissingData('raw.bindings', recorded(r, 'statements') ?? 'the IAM policy was not collected');
}

/** The audit configs of an IAM policy; undefined when the policy document was not kept. */
export function auditConfigs(r: Res): Json[] | undefined {
  const doc = policyDoc(r);
  if (doc) return Array.isArray(doc.auditConfigs) ? doc.auditConfigs.filter(isObj) : [];
  if (isObj(r.raw) && (r.raw.etag !== undefined || r.raw.version !== undefined)) return [];
  return undefined;
}

/** The full resource name an IAM policy is set on. */
export function policyTarget(r: Res): string | undefined {
  const attached = norm<string[]>(r, 'attachedTo')?.[0];
  if (attached) return attached;
  const rel = r.relations.find((x) => x.type === 'attached-to')?.target;
  if (rel) return rel;
  if (isObj(r.raw) && typeof r.raw.name === 'string' && r.raw.name.startsWith('//')) return r.raw.name;
  return undefined;
}

export type Scope = 'organization' | 'folder' | 'project' | 'resource';

/** What kind of node of the resource hierarchy a policy target is. */
export function scopeOf(target: string): Scope {
  if (
    /^\/\/cloudresourcemanager\.googleapis\.com\/organizations\/[^/]+$/.test(target) ||
    /^organizations\/[^/]+$/.test(target)
  )
    return 'organization';
  if (
    /^\/\/cloudresourcemanager\.googleapis\.com\/folders\/[^/]+$/.test(target) ||
    /^folders\/[^/]+$/.test(target)
  )
    return 'folder';
  if (
    /^\/\/cloudresourcemanager\.googleapis\.com\/projects\/[^/]+$/.test(target) ||
    /^projects\/[^/]+$/.test(target)
  )
    return 'project';
  return 'resource';
}

/** The hierarchy scope of an IAM policy resource; `MissingData` when the target is not known. */
export function policyScope(r: Res): { target: string; scope: Scope } {
  const target = policyTarget(r);
  if (!target)
    throw new MissingData(
      'attachedTo',
      recorded(r, 'attachedTo') ?? 'the resource the policy is set on is not known',
    );
  return { target, scope: scopeOf(target) };
}

export const PRIMITIVE_ROLES = ['roles/owner', 'roles/editor', 'roles/viewer'];
export const PUBLIC_MEMBERS = ['allusers', 'allauthenticatedusers'];

/** Member type: `user`, `group`, `serviceAccount`, `domain`, `allUsers`, … (the part before the colon). */
export function memberType(member: string): string {
  const i = member.indexOf(':');
  return i < 0 ? member : member.slice(0, i);
}

/** The email of a member (`user:a@b.c` → `a@b.c`), ignoring a `?uid=` suffix of deleted principals. */
export function memberEmail(member: string): string {
  const i = member.indexOf(':');
  return (i < 0 ? member : member.slice(i + 1)).split('?')[0] ?? '';
}

/** Google-managed service agents (granted roles by Google itself), as opposed to user-managed service accounts. */
export function isServiceAgent(member: string): boolean {
  const email = memberEmail(member).toLowerCase();
  return (
    /@cloudservices\.gserviceaccount\.com$/.test(email) ||
    /^service-\d+@/.test(email) ||
    /@gcp-sa-[a-z0-9-]+\.iam\.gserviceaccount\.com$/.test(email) ||
    /@(container-engine-robot|compute-system|cloudbuild|dataflow-service-producer-prod)\./.test(email) ||
    /@(system|cloud-ml|gae-api-prod|firebase-sa-management)\.gserviceaccount\.com$/.test(email)
  );
}

/** Roles per member of a policy. */
export function rolesByMember(b: Binding[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const x of b) {
    for (const member of x.members) {
      let set = m.get(member);
      if (!set) {
        set = new Set();
        m.set(member, set);
      }
      set.add(x.role);
    }
  }
  return m;
}

// ----- compute -------------------------------------------------------------------------------------------------

/** A metadata value by key (case-insensitive) from `{ items: [{ key, value }] }`. */
export function metadataItem(metadata: unknown, key: string): string | undefined {
  const items = at(metadata, 'items');
  if (!Array.isArray(items)) return undefined;
  const item = items.find((i) => isObj(i) && String(i.key).toLowerCase() === key.toLowerCase());
  return isObj(item) && item.value !== undefined && item.value !== null ? String(item.value) : undefined;
}

export function isTrue(v: string | undefined): boolean {
  return v !== undefined && ['true', '1', 'y', 'yes', 'on'].includes(v.trim().toLowerCase());
}

/** A GKE node VM (created and managed by GKE, excluded from several VM recommendations). */
export function isGkeNode(r: Res): boolean {
  const labels = value<Json>(r, 'labels') ?? {};
  if ('goog-gke-node' in labels || 'goog-k8s-cluster-name' in labels) return true;
  if (metadataItem(value(r, 'metadata'), 'cluster-name') !== undefined) return true;
  return /^gke-/.test(String(value(r, 'name') ?? r.name ?? ''));
}

export const DEFAULT_COMPUTE_SA = /^\d+-compute@developer\.gserviceaccount\.com$/;

/** The project-wide Compute Engine metadata (`compute.googleapis.com/Project`), or undefined if not collected. */
export function computeProject(r: Res, inventory: InventoryView): Resource | undefined {
  const p = projectOf(r);
  return (
    inventory.byId(`//compute.googleapis.com/projects/${p}`) ??
    ofType(inventory, A.computeProject).find((x) => projectOf(x) === p)
  );
}

// ----- Cloud SQL -----------------------------------------------------------------------------------------------

/** `MYSQL`, `POSTGRES` or `SQLSERVER`, from `databaseVersion`. */
export function sqlEngine(r: Res): string {
  return (
    String(need<string>(r, 'databaseVersion', 'engine'))
      .split('_')[0]
      ?.toUpperCase() ?? ''
  );
}

/**
 * A database flag's value (lower-cased). Cloud SQL returns only flags that were set, so an absent flag has its
 * engine default (`undefined` here); the settings themselves must have been collected.
 */
export function sqlFlag(r: Res, flag: string): string | undefined {
  need<Json>(r, 'settings');
  const flags = value<unknown[]>(r, 'settings.databaseFlags') ?? [];
  const f = flags.find((x) => isObj(x) && String(x.name).toLowerCase() === flag.toLowerCase());
  if (!isObj(f)) return undefined;
  const reason = unknownReason(f.value);
  if (reason !== undefined) throw new MissingData(`settings.databaseFlags.${flag}`, reason);
  return f.value === undefined || f.value === null ? '' : String(f.value).toLowerCase();
}

/** Whether a Cloud SQL instance is a read replica (backups and some settings follow its primary). */
export function isReplica(r: Res): boolean {
  return (
    value<string>(r, 'instanceType') === 'READ_REPLICA_INSTANCE' ||
    value<string>(r, 'masterInstanceName') !== undefined
  );
}

// ----- misc ----------------------------------------------------------------------------------------------------

export function ev(path: string, v: unknown): Observation {
  return { path, value: v };
}

/** Labels (from the body) merged over tags. */
export function labelsOf(r: Res): Record<string, string> {
  const labels = value<Json>(r, 'labels') ?? {};
  const out: Record<string, string> = { ...r.tags };
  for (const [k, v] of Object.entries(labels)) out[k] = String(v);
  return out;
}

export function daysSince(iso: string, now = Date.now()): number | undefined {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : (now - t) / 86_400_000;
}

/** `7776000s` → 90 (days). */
export function durationDays(d: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(d.trim());
  return m?.[1] ? Number(m[1]) / 86_400 : undefined;
}

/** Whether a firewall/authorized-network range is the whole internet. */
export function isAnywhere(cidr: string): boolean {
  return cidr.trim().endsWith('/0');
}

// ----- projects, sinks, log metrics ----------------------------------------------------------------------------

/** Whether a resource is a project (`cloudresourcemanager.googleapis.com/Project`). */
export function isProject(r: { id: string; raw: unknown }): boolean {
  return isAsset(r, A.project);
}

/** The resource-hierarchy parent of a project (`organizations/1` or `folders/2`), if its body says. */
export function projectParent(project: Res): string | undefined {
  const p = value<unknown>(project, 'parent');
  if (typeof p === 'string') return p;
  if (isObj(p) && typeof p.type === 'string' && typeof p.id === 'string') return `${p.type}s/${p.id}`;
  return undefined;
}

/** Log sinks by parent (`projects/<p>`, `folders/<f>`, `organizations/<o>`), built once. */
export function sinksByParent(inventory: InventoryView): Map<string, Resource[]> {
  return once(inventory, 'gcp:sinks', () => {
    const m = new Map<string, Resource[]>();
    for (const r of ofType(inventory, A.sink)) {
      const parent =
        /^\/\/logging\.googleapis\.com\/((?:projects|folders|organizations|billingAccounts)\/[^/]+)\/sinks\//.exec(
          r.id,
        )?.[1];
      if (parent) push(m, parent, r);
    }
    return m;
  });
}

// ----- firewall rules ------------------------------------------------------------------------------------------

export interface FwRule {
  direction: 'ingress' | 'egress';
  action: 'allow' | 'deny';
  protocol: string;
  ports: { from: number; to: number }[];
  sources: string[];
  disabled: boolean;
}

function portRange(spec: string): { from: number; to: number } | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  if (!m) return undefined;
  return { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
}

/** A VPC firewall rule as rules: normalized `rules` where collected, else the Compute `Firewall` body. */
export function firewallRules(r: Res): FwRule[] {
  const normalized = norm<unknown[]>(r, 'rules');
  if (normalized) {
    return normalized.filter(isObj).map((x) => ({
      direction: x.direction === 'egress' ? 'egress' : 'ingress',
      action: x.action === 'deny' ? 'deny' : 'allow',
      protocol: String(x.protocol ?? 'all').toLowerCase(),
      ports: isObj(x.ports)
        ? [{ from: Number(x.ports.from), to: Number(x.ports.to) }]
        : [{ from: 0, to: 65535 }],
      sources: Array.isArray(x.peers) ? x.peers.map(String) : [],
      disabled: false,
    }));
  }
  needBody(r);
  const direction =
    String(value(r, 'direction') ?? 'INGRESS').toLowerCase() === 'egress' ? 'egress' : 'ingress';
  const sources = [...(value<string[]>(r, 'sourceRanges') ?? [])].map(String);
  const disabled = value(r, 'disabled') === true;
  const out: FwRule[] = [];
  for (const [key, action] of [
    ['allowed', 'allow'],
    ['denied', 'deny'],
  ] as const) {
    for (const a of (value<unknown[]>(r, key) ?? []).filter(isObj)) {
      const protocol = String(a.IPProtocol ?? 'all').toLowerCase();
      const ports =
        Array.isArray(a.ports) && a.ports.length > 0
          ? a.ports
              .map((p) => portRange(String(p)))
              .filter((p): p is { from: number; to: number } => p !== undefined)
          : [{ from: 0, to: 65535 }];
      out.push({ direction, action, protocol, ports, sources, disabled });
    }
  }
  return out;
}

/** Enabled ingress allow rules from the internet that reach `port` over TCP. */
export function internetTcp(rules: FwRule[], port: number): FwRule[] {
  return rules.filter(
    (x) =>
      !x.disabled &&
      x.direction === 'ingress' &&
      x.action === 'allow' &&
      (x.protocol === 'tcp' || x.protocol === 'all' || x.protocol === '6') &&
      x.sources.some(isAnywhere) &&
      x.ports.some((p) => p.from <= port && port <= p.to),
  );
}

/** A GKE Autopilot cluster (Google manages nodes and enforces several hardening settings). */
export function isAutopilot(r: Res): boolean {
  return value(r, 'autopilot.enabled') === true;
}
