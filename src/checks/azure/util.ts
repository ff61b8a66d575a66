/**
 * Helpers shared by the Azure checks.
 *
 * What the checks expect of the inventory (the contract an Azure collector fulfils):
 *
 * - `raw` is the resource's Azure Resource Manager document — `{ id, name, type, location, kind, sku, identity,
 *   properties, resources? }` — as returned by a GET on the resource or written in an ARM template. Checks read
 *   provider-only settings from `raw.properties`; normalized properties (`core/properties.ts`) win where both exist.
 * - Child and extension resources (SQL firewall rules and auditing settings, Key Vault keys, server parameters,
 *   web app `config/*`, VM extensions, diagnostic settings, …) are found either nested in the parent's
 *   `raw.resources` (the ARM template form; short types such as `firewallRules` are resolved against the parent)
 *   or as resources of their own whose id extends the parent's. A class of children counts as collected when the
 *   parent carries `raw.resources` or when the inventory holds at least one resource of that class; otherwise a
 *   check that needs them reports `error`, never `pass` or `fail`.
 * - Ids are Azure resource ids, lower-cased; `account` is the subscription id. Subscriptions (`/subscriptions/<id>`)
 *   are `identity.account` resources; role definitions are `identity.role`; role assignments are `identity.policy`;
 *   Entra users are `identity.user` with the Microsoft Graph user object (`id`, `userType`, …) as `raw`.
 * - Kinds follow the catalog's services: storage accounts `storage.bucket`; SQL servers and databases, PostgreSQL and
 *   MySQL servers `database.instance`; Cosmos DB accounts `database.nosql-table`; NSGs `network.security-group`;
 *   virtual networks `network.vpc`; flow logs `logging.flow-log`; VMs `compute.instance`; managed disks
 *   `storage.volume`; web apps `compute.container-service` and function apps `compute.function`; AKS
 *   `compute.container-cluster`; Key Vault vaults, keys and secrets `crypto.key` / `secrets.secret`; activity log
 *   alerts `monitoring.alarm`. Lookups between resources go by id or by ARM type, so they do not depend on the kind
 *   a collector chose for the other side.
 */
import { type Observation, RESOURCE_KINDS, type Resource } from '../../core/index.js';
import { type CheckOutcome, type InventoryView, MissingData } from '../define.js';

/** What the helpers need of a resource: a checked resource or a plain inventory one. */
export interface Res {
  id: string;
  account: string;
  region?: string | undefined;
  name?: string | undefined;
  tags: Record<string, string>;
  raw: unknown;
  properties: object;
  unknown: readonly { path: string; reason: string }[];
}

export type Json = Record<string, unknown>;

export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The unknown marker infrastructure-as-code leaves in `raw` (`{ "$unknown": reason }` or a marked string). */
function unknownReason(v: unknown): string | undefined {
  if (isObj(v) && typeof v.$unknown === 'string') return v.$unknown;
  if (typeof v === 'string' && v.includes('\uE000')) return 'the value is only partly known';
  return undefined;
}

/** The value at a dotted path (`properties.networkAcls.defaultAction`); undefined if absent. */
export function at(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const key of path.split('.')) {
    if (unknownReason(v) !== undefined) return v;
    if (Array.isArray(v) && /^\d+$/.test(key)) v = v[Number(key)];
    else v = isObj(v) ? v[key] : undefined;
  }
  return v;
}

/** Why `path` is unknown according to the resource's own record, if it says. */
function recorded(r: Res, ...paths: string[]): string | undefined {
  for (const u of r.unknown) {
    for (const p of paths) if (p === u.path || p.startsWith(`${u.path}.`)) return u.reason;
  }
  return undefined;
}

/** The ARM document kept in `raw`, if there is one. */
export function armDoc(r: { raw: unknown }): Json | undefined {
  return isObj(r.raw) ? r.raw : undefined;
}

/**
 * A value of the ARM document at `path`, undefined when absent. Throws `MissingData` for a value the source could
 * not resolve (an IaC unknown), so a check never mistakes it for a setting.
 */
export function armValue<T = unknown>(r: Res, path: string): T | undefined {
  const v = at(r.raw, path);
  const reason = unknownReason(v);
  if (reason !== undefined) throw new MissingData(`raw.${path}`, reason);
  if (v === null || v === undefined) return undefined;
  return v as T;
}

/** A value of the ARM document the check cannot decide without: absent means unknown, so `error`. */
export function armNeed<T = unknown>(r: Res, path: string, normalized?: string): NonNullable<T> {
  const v = armValue<T>(r, path);
  if (v === undefined || v === null) {
    throw new MissingData(
      `raw.${path}`,
      recorded(r, `raw.${path}`, path, ...(normalized ? [normalized] : [])) ?? 'not in the collected data',
    );
  }
  return v as NonNullable<T>;
}

/** A normalized property if known (`undefined` when absent; unknown markers are not expected there). */
export function norm<T = unknown>(r: Res, path: string): T | undefined {
  const v = at(r.properties, path);
  return v === null || v === undefined ? undefined : (v as T);
}

/** True when `raw` is a full ARM resource document, so that documented omissions (no `identity`) mean "none". */
export function isArmDocument(r: Res): boolean {
  const doc = armDoc(r);
  return doc !== undefined && isObj(doc.properties);
}

// ----- ids and types -------------------------------------------------------------------------------------------

export interface ParsedId {
  /** Lower-cased ARM type, e.g. `microsoft.sql/servers/firewallrules`. */
  type: string;
  /** The parent's id for a child or extension resource. */
  parent?: string;
  subscription?: string;
  name: string;
}

/** Parses an Azure resource id. Types and parents come back lower-cased. */
export function parseArmId(id: string): ParsedId | undefined {
  const lower = id.toLowerCase();
  const sub = /^\/subscriptions\/([^/]+)/.exec(lower)?.[1];
  const marker = '/providers/';
  const last = lower.lastIndexOf(marker);
  if (last < 0) {
    if (/^\/subscriptions\/[^/]+$/.test(lower))
      return {
        type: 'microsoft.resources/subscriptions',
        name: sub ?? '',
        ...(sub ? { subscription: sub } : {}),
      };
    if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(lower))
      return {
        type: 'microsoft.resources/resourcegroups',
        parent: `/subscriptions/${sub}`,
        name: lower.split('/').pop() ?? '',
        ...(sub ? { subscription: sub } : {}),
      };
    return undefined;
  }
  const segs = lower.slice(last + marker.length).split('/');
  const ns = segs[0];
  if (!ns || segs.length < 3) return undefined;
  const types = [ns];
  for (let i = 1; i < segs.length; i += 2) types.push(segs[i] ?? '');
  const name = segs[segs.length - 1] ?? '';
  let parent: string | undefined;
  if (segs.length > 3) parent = lower.slice(0, lower.length - `/${segs.at(-2)}/${segs.at(-1)}`.length);
  else if (last > 0 && lower.slice(0, last).includes(marker)) parent = lower.slice(0, last);
  else if (last > 0 && /^\/subscriptions\/[^/]+$/.test(lower.slice(0, last))) parent = lower.slice(0, last);
  return {
    type: types.join('/'),
    name,
    ...(parent !== undefined ? { parent } : {}),
    ...(sub ? { subscription: sub } : {}),
  };
}

/** The resource's ARM type, lower-cased: from `raw.type`, else from its id; '' when neither says. */
export function armType(r: { id: string; raw: unknown }): string {
  const t = armDoc(r)?.type;
  if (typeof t === 'string' && t.includes('/')) return t.toLowerCase();
  return parseArmId(r.id)?.type ?? '';
}

/**
 * Whether the resource is one of `types`. A resource whose ARM type cannot be told (no `raw.type`, an id that is
 * not an Azure resource id) is unknown, not "another type": `MissingData`.
 */
export function isType(r: { id: string; raw: unknown }, ...types: string[]): boolean {
  const t = armType(r);
  if (!t) throw new MissingData('raw.type', 'the Azure resource type is not in the collected data');
  return types.some((x) => x.toLowerCase() === t);
}

/** The subscription a resource belongs to (lower-cased). */
export function subscriptionOf(r: { id: string; account: string }): string {
  return parseArmId(r.id)?.subscription ?? r.account.toLowerCase();
}

/** A display name: `name`, else the last segment of the id. */
export function label(r: { id: string; name?: string | undefined }): string {
  return r.name ?? r.id.split('/').pop() ?? r.id;
}

/** `eastus` from `East US`. */
export function normalizeLocation(l: string): string {
  return l.toLowerCase().replace(/\s+/g, '');
}

// ----- one index per evaluation --------------------------------------------------------------------------------

const memo = new WeakMap<InventoryView, Map<string, unknown>>();

/** Builds `key` once per inventory view (one evaluation) and reuses it for every resource after. */
export function once<T>(inventory: InventoryView, key: string, build: () => T): T {
  let m = memo.get(inventory);
  if (!m) {
    m = new Map();
    memo.set(inventory, m);
  }
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

interface TypeIndex {
  byType: Map<string, Resource[]>;
  byParent: Map<string, Resource[]>;
}

/** Every Azure resource of the inventory by ARM type and by parent id — built once, then looked up. */
export function typeIndex(inventory: InventoryView): TypeIndex {
  return once(inventory, 'azure:types', () => {
    const byType = new Map<string, Resource[]>();
    const byParent = new Map<string, Resource[]>();
    for (const kind of RESOURCE_KINDS) {
      for (const r of inventory.byKind(kind)) {
        if (r.provider !== 'azure') continue;
        const t = armType(r);
        if (t) push(byType, t, r);
        const parent = parseArmId(r.id)?.parent;
        if (parent) push(byParent, parent, r);
      }
    }
    return { byType, byParent };
  });
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Resources of an ARM type anywhere in the inventory (from the index). */
export function ofType(inventory: InventoryView, type: string): readonly Resource[] {
  return typeIndex(inventory).byType.get(type.toLowerCase()) ?? [];
}

// ----- child and extension resources ---------------------------------------------------------------------------

/** A child resource, nested in the parent's document or a resource of its own. */
export interface ArmNode {
  type: string;
  /** Last segment of the name (`default`, `current`, `web`, a rule name). */
  name: string;
  doc: Json;
  id?: string;
}

export function nodeOf(r: { id: string; raw: unknown }): ArmNode {
  return {
    type: armType(r),
    name: r.id.split('/').pop() ?? '',
    doc: armDoc(r) ?? {},
    id: r.id.toLowerCase(),
  };
}

function nestedType(parentType: string, t: string): string {
  const lower = t.toLowerCase();
  if (lower === 'providers/diagnosticsettings' || lower.endsWith('/providers/diagnosticsettings'))
    return 'microsoft.insights/diagnosticsettings';
  const stripped = lower.startsWith('providers/') ? lower.slice('providers/'.length) : lower;
  return stripped.includes('.') ? stripped : `${parentType}/${stripped}`;
}

/**
 * The children of `node` of ARM type `childType`, or undefined when that class of children was not collected for
 * it (see the module comment). Diagnostic settings are `microsoft.insights/diagnosticsettings`.
 */
export function childrenOf(
  node: ArmNode,
  inventory: InventoryView,
  childType: string,
): ArmNode[] | undefined {
  const want = childType.toLowerCase();
  const out: ArmNode[] = [];
  const nested = node.doc.resources;
  const nestedKnown = Array.isArray(nested);
  if (Array.isArray(nested)) {
    for (const c of nested) {
      if (!isObj(c) || typeof c.type !== 'string') continue;
      if (nestedType(node.type, c.type) !== want) continue;
      const name = typeof c.name === 'string' ? (c.name.split('/').pop() ?? '') : '';
      out.push({ type: want, name, doc: c });
    }
  }
  const idx = typeIndex(inventory);
  if (node.id) {
    for (const r of idx.byParent.get(node.id) ?? []) {
      if (armType(r) === want) out.push(nodeOf(r));
    }
  }
  if (out.length > 0 || nestedKnown || (idx.byType.get(want)?.length ?? 0) > 0) return out;
  return undefined;
}

/** Like `childrenOf`, but unknown children are `MissingData` (`error`). */
export function needChildren(
  node: ArmNode,
  inventory: InventoryView,
  childType: string,
  what: string,
): ArmNode[] {
  const c = childrenOf(node, inventory, childType);
  if (!c) throw new MissingData(what, `no ${childType} resources were collected`);
  return c;
}

/** A value inside a child's document, failing on IaC unknown markers. */
export function nodeValue<T = unknown>(n: ArmNode, path: string): T | undefined {
  const v = at(n.doc, path);
  const reason = unknownReason(v);
  if (reason !== undefined) throw new MissingData(`${n.type}/${n.name}.${path}`, reason);
  return v === null || v === undefined ? undefined : (v as T);
}

// ----- diagnostic settings -------------------------------------------------------------------------------------

export const DIAGNOSTIC_SETTINGS = 'microsoft.insights/diagnosticsettings';

export function hasDestination(ds: ArmNode): boolean {
  return [
    'properties.workspaceId',
    'properties.storageAccountId',
    'properties.eventHubAuthorizationRuleId',
    'properties.marketplacePartnerId',
  ].some((p) => typeof nodeValue(ds, p) === 'string');
}

/** Whether the setting sends log `category` (directly or through one of `groups`, e.g. `allLogs`, `audit`). */
export function logsCategory(
  ds: ArmNode,
  category: string,
  groups: readonly string[] = ['alllogs'],
): boolean {
  const logs = nodeValue<unknown[]>(ds, 'properties.logs') ?? [];
  return logs.some((l) => {
    if (!isObj(l) || l.enabled === false) return false;
    if (typeof l.category === 'string' && l.category.toLowerCase() === category.toLowerCase()) return true;
    return typeof l.categoryGroup === 'string' && groups.includes(l.categoryGroup.toLowerCase());
  });
}

// ----- subscriptions -------------------------------------------------------------------------------------------

export function isSubscription(r: { id: string }): boolean {
  return /^\/subscriptions\/[^/]+$/i.test(r.id);
}

/**
 * A subscription-scope singleton such as `microsoft.security/pricings/virtualmachines`: looked up by its id, else
 * among the subscription's nested resources. Undefined when it was not collected.
 */
export function subscriptionSetting(
  sub: { id: string; raw: unknown },
  inventory: InventoryView,
  type: string,
  name: string,
): ArmNode | undefined {
  const id = `${sub.id.toLowerCase()}/providers/${type.toLowerCase()}/${name.toLowerCase()}`;
  const direct = inventory.byId(id);
  if (direct) return nodeOf(direct);
  const kids = childrenOf(nodeOf(sub), inventory, type);
  return kids?.find((k) => k.name.toLowerCase() === name.toLowerCase());
}

// ----- network security rules ----------------------------------------------------------------------------------

export interface Rule {
  name: string;
  direction: 'ingress' | 'egress';
  action: 'allow' | 'deny';
  protocol: string;
  ports: { from: number; to: number }[];
  sources: string[];
  priority?: number;
}

const INTERNET = new Set([
  '*',
  'internet',
  'any',
  '0.0.0.0/0',
  '::/0',
  'service-tag:internet',
  'service-tag:any',
]);

/** A source that means "anywhere on the internet" in an NSG rule. */
export function isInternet(peer: string): boolean {
  const p = peer.toLowerCase();
  return INTERNET.has(p) || p.endsWith('/0');
}

function parsePorts(spec: string): { from: number; to: number } | undefined {
  if (spec === '*') return { from: 0, to: 65535 };
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  return { from, to: m[2] ? Number(m[2]) : from };
}

/** The NSG's custom rules: normalized `rules` where collected, else `raw.properties.securityRules`. */
export function nsgRules(r: Res): Rule[] {
  const normalized = norm<unknown[]>(r, 'rules');
  if (normalized) {
    return normalized.filter(isObj).map((x, i) => ({
      name: typeof x.description === 'string' ? x.description : `rule ${i + 1}`,
      direction: x.direction === 'egress' ? 'egress' : 'ingress',
      action: x.action === 'deny' ? 'deny' : 'allow',
      protocol: String(x.protocol ?? 'all').toLowerCase(),
      ports: isObj(x.ports) ? [{ from: Number(x.ports.from), to: Number(x.ports.to) }] : [],
      sources: Array.isArray(x.peers) ? x.peers.map(String) : [],
      ...(typeof x.priority === 'number' ? { priority: x.priority } : {}),
    }));
  }
  const raw = armNeed<unknown[]>(r, 'properties.securityRules', 'rules');
  return raw.filter(isObj).map((x) => {
    const p = isObj(x.properties) ? x.properties : x;
    const portSpecs = [
      ...(typeof p.destinationPortRange === 'string' ? [p.destinationPortRange] : []),
      ...(Array.isArray(p.destinationPortRanges) ? p.destinationPortRanges.map(String) : []),
    ];
    const sources = [
      ...(typeof p.sourceAddressPrefix === 'string' ? [p.sourceAddressPrefix] : []),
      ...(Array.isArray(p.sourceAddressPrefixes) ? p.sourceAddressPrefixes.map(String) : []),
    ];
    for (const v of [...portSpecs, ...sources, p.access, p.direction, p.protocol]) {
      const reason = unknownReason(v);
      if (reason !== undefined)
        throw new MissingData(`raw.properties.securityRules.${String(x.name)}`, reason);
    }
    const protocol = String(p.protocol ?? '*').toLowerCase();
    return {
      name: String(x.name ?? 'rule'),
      direction: String(p.direction).toLowerCase() === 'outbound' ? 'egress' : 'ingress',
      action: String(p.access).toLowerCase() === 'deny' ? 'deny' : 'allow',
      protocol: protocol === '*' ? 'all' : protocol,
      ports: portSpecs.map(parsePorts).filter((v): v is { from: number; to: number } => v !== undefined),
      sources,
      ...(typeof p.priority === 'number' ? { priority: p.priority } : {}),
    } satisfies Rule;
  });
}

/** Inbound allow rules open to the internet on `port` for `protocol` (`tcp`, `udp`). */
export function internetExposure(rules: Rule[], protocol: 'tcp' | 'udp', port?: number): Rule[] {
  return rules.filter(
    (x) =>
      x.direction === 'ingress' &&
      x.action === 'allow' &&
      (x.protocol === protocol || x.protocol === 'all' || x.protocol === '-1') &&
      x.sources.some(isInternet) &&
      (port === undefined || x.ports.some((p) => p.from <= port && port <= p.to)),
  );
}

// ----- role definitions ----------------------------------------------------------------------------------------

/** Built-in role definition ids (GUIDs are the same in every tenant). */
export const BUILTIN_ROLES = {
  owner: '8e3af657-a8ff-443b-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
} as const;

export interface Permissions {
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
}

/** Whether an Azure operation pattern (with `*` wildcards, case-insensitive) matches `operation`. */
export function operationMatches(pattern: string, operation: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`, 'i');
  return re.test(operation);
}

function escapeRegex(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A role's permission blocks: `raw.properties.permissions`, else normalized inline policies. */
export function rolePermissions(r: Res): Permissions[] {
  const raw = armValue<unknown[]>(r, 'properties.permissions');
  const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  if (raw) {
    return raw.filter(isObj).map((p) => ({
      actions: strs(p.actions),
      notActions: strs(p.notActions),
      dataActions: strs(p.dataActions),
      notDataActions: strs(p.notDataActions),
    }));
  }
  const inline = norm<unknown[][]>(r, 'inlinePolicies');
  if (inline) {
    return inline
      .flat()
      .filter(isObj)
      .filter((s) => s.effect !== 'deny')
      .map((s) => ({
        actions: strs(s.actions),
        notActions: strs(s.notActions),
        dataActions: [],
        notDataActions: [],
      }));
  }
  throw new MissingData(
    'raw.properties.permissions',
    recorded(r, 'inlinePolicies') ?? 'not in the collected data',
  );
}

/** Whether a set of permission blocks allows `operation` (Actions minus NotActions, in any block). */
export function allows(perms: Permissions[], operation: string): boolean {
  return perms.some(
    (p) =>
      p.actions.some((a) => operationMatches(a, operation)) &&
      !p.notActions.some((n) => operationMatches(n, operation)),
  );
}

/** `CustomRole` or `BuiltInRole`, from the role definition document. */
export function roleType(r: Res): string {
  return String(armNeed<string>(r, 'properties.type')).toLowerCase();
}

/** Whether a scope is a subscription (or the root / a management group), rather than a resource group or resource. */
export function isBroadScope(scope: string): boolean {
  const s = scope.toLowerCase().replace(/\/$/, '');
  return (
    s === '' ||
    s === '/' ||
    /^\/subscriptions\/[^/]+$/.test(s) ||
    /^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(s)
  );
}

/** The GUID at the end of a role definition id. */
export function roleGuid(roleDefinitionId: string): string {
  return roleDefinitionId.toLowerCase().split('/').pop() ?? '';
}

// ----- outcomes ------------------------------------------------------------------------------------------------

export function ev(path: string, value: unknown): Observation {
  return { path, value };
}

/** The tags on a resource that mark it as holding critical data (`criticality=high`, …). */
export function isTagged(
  r: { tags: Record<string, string> },
  key: string,
  values: readonly string[],
): boolean {
  const v = r.tags[key] ?? Object.entries(r.tags).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  return v !== undefined && values.map((x) => x.toLowerCase()).includes(v.toLowerCase());
}

/** Days since an ISO date (fractional), or undefined if the date does not parse. */
export function daysSince(iso: string, now = Date.now()): number | undefined {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : (now - t) / 86_400_000;
}

/** Parses an ISO-8601 duration of days/months/years (`P90D`, `P3M`, `P1Y`) to days. */
export function isoDurationDays(d: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i.exec(d.trim());
  if (!m || d.trim().toUpperCase() === 'P') return undefined;
  return Number(m[1] ?? 0) * 365 + Number(m[2] ?? 0) * 30 + Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
}

export type Outcome = CheckOutcome;

/** ARM types the checks gate on (lower-cased). */
export const T = {
  storage: 'microsoft.storage/storageaccounts',
  blobServices: 'microsoft.storage/storageaccounts/blobservices',
  queueServices: 'microsoft.storage/storageaccounts/queueservices',
  tableServices: 'microsoft.storage/storageaccounts/tableservices',
  sqlServer: 'microsoft.sql/servers',
  sqlDatabase: 'microsoft.sql/servers/databases',
  pgSingle: 'microsoft.dbforpostgresql/servers',
  pgFlexible: 'microsoft.dbforpostgresql/flexibleservers',
  mysqlSingle: 'microsoft.dbformysql/servers',
  mysqlFlexible: 'microsoft.dbformysql/flexibleservers',
  cosmos: 'microsoft.documentdb/databaseaccounts',
  keyVault: 'microsoft.keyvault/vaults',
  vaultKey: 'microsoft.keyvault/vaults/keys',
  vaultSecret: 'microsoft.keyvault/vaults/secrets',
  nsg: 'microsoft.network/networksecuritygroups',
  vnet: 'microsoft.network/virtualnetworks',
  subnet: 'microsoft.network/virtualnetworks/subnets',
  flowLog: 'microsoft.network/networkwatchers/flowlogs',
  networkWatcher: 'microsoft.network/networkwatchers',
  vm: 'microsoft.compute/virtualmachines',
  vmExtension: 'microsoft.compute/virtualmachines/extensions',
  disk: 'microsoft.compute/disks',
  site: 'microsoft.web/sites',
  siteSlot: 'microsoft.web/sites/slots',
  siteConfig: 'microsoft.web/sites/config',
  aks: 'microsoft.containerservice/managedclusters',
  registry: 'microsoft.containerregistry/registries',
  roleDefinition: 'microsoft.authorization/roledefinitions',
  roleAssignment: 'microsoft.authorization/roleassignments',
  activityLogAlert: 'microsoft.insights/activitylogalerts',
  pricing: 'microsoft.security/pricings',
  securityContact: 'microsoft.security/securitycontacts',
} as const;

/**
 * How many approved private endpoints reach the resource: approved entries of its
 * `properties.privateEndpointConnections`, and private endpoint resources (`microsoft.network/privateendpoints`)
 * whose connection names it. Throws `MissingData` when neither was collected.
 */
export function privateEndpointCount(r: Res, inventory: InventoryView): number {
  const conns = armValue<unknown[]>(r, 'properties.privateEndpointConnections');
  const approved = (conns ?? []).filter((c) => {
    const status = at(c, 'properties.privateLinkServiceConnectionState.status');
    return typeof status === 'string' && status.toLowerCase() === 'approved';
  }).length;
  const endpoints = once(inventory, 'azure:private-endpoints', () => {
    const m = new Map<string, number>();
    for (const pe of ofType(inventory, 'microsoft.network/privateendpoints')) {
      const links = [
        ...((at(pe.raw, 'properties.privateLinkServiceConnections') as unknown[] | undefined) ?? []),
        ...((at(pe.raw, 'properties.manualPrivateLinkServiceConnections') as unknown[] | undefined) ?? []),
      ];
      for (const l of links) {
        const target = at(l, 'properties.privateLinkServiceId');
        const status = at(l, 'properties.privateLinkServiceConnectionState.status');
        if (typeof target === 'string' && (typeof status !== 'string' || status.toLowerCase() === 'approved'))
          m.set(target.toLowerCase(), (m.get(target.toLowerCase()) ?? 0) + 1);
      }
    }
    return m;
  });
  const viaEndpoints = endpoints.get(r.id.toLowerCase()) ?? 0;
  if (
    conns === undefined &&
    !isArmDocument(r) &&
    ofType(inventory, 'microsoft.network/privateendpoints').length === 0
  )
    throw new MissingData('raw.properties.privateEndpointConnections', 'not in the collected data');
  return Math.max(approved, viaEndpoints);
}

/** The SQL server's auditing settings (`auditingSettings/default`), or undefined when not collected. */
export function sqlAuditing(server: Res & { raw: unknown }, inventory: InventoryView): ArmNode | undefined {
  const kids = needChildren(
    nodeOf(server),
    inventory,
    'microsoft.sql/servers/auditingsettings',
    'auditing settings',
  );
  return kids.find((k) => k.name.toLowerCase() === 'default') ?? kids[0];
}

/**
 * Firewall rules of a database server (`<serverType>/firewallrules`) that admit every address (0.0.0.0 –
 * 255.255.255.255) or every Azure tenant (0.0.0.0 – 0.0.0.0), by name and range; undefined when not collected.
 */
export function wideFirewallRules(
  server: Res,
  inventory: InventoryView,
  serverType: string,
): string[] | undefined {
  const rules = childrenOf(nodeOf(server), inventory, `${serverType}/firewallrules`);
  if (!rules) return undefined;
  return rules
    .map((r) => ({
      name: r.name,
      start: nodeValue<string>(r, 'properties.startIpAddress'),
      end: nodeValue<string>(r, 'properties.endIpAddress'),
    }))
    .filter((r) => r.start === '0.0.0.0' && (r.end === '0.0.0.0' || r.end === '255.255.255.255'))
    .map((r) => `${r.name} (${r.start} – ${r.end})`);
}

/** A server parameter (`<serverType>/configurations/<name>`) value, lower-cased; undefined when not collected. */
export function serverParameterValue(
  server: Res,
  inventory: InventoryView,
  serverType: string,
  name: string,
): string | undefined {
  const configs = childrenOf(nodeOf(server), inventory, `${serverType}/configurations`);
  const c = configs?.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const v = c ? nodeValue<string | number | boolean>(c, 'properties.value') : undefined;
  return v === undefined ? undefined : String(v).toLowerCase();
}

/**
 * When a Key Vault key or secret expires (ms since epoch), from `properties.attributes.exp` (ARM, epoch seconds)
 * or `attributes.expires` (data plane, ISO date); `null` when it has no expiry; undefined when not collected.
 */
export function vaultObjectExpiry(r: Res): number | null | undefined {
  const exp = armValue<number>(r, 'properties.attributes.exp');
  if (typeof exp === 'number') return exp * 1000;
  const iso =
    armValue<string>(r, 'attributes.expires') ?? armValue<string>(r, 'properties.attributes.expires');
  if (typeof iso === 'string') return Date.parse(iso);
  const attrs = armValue(r, 'properties.attributes') ?? armValue(r, 'attributes');
  return attrs !== undefined ? null : undefined;
}

/** Whether a Key Vault key or secret is enabled (`attributes.enabled`, default true). */
export function vaultObjectEnabled(r: Res): boolean {
  return (
    (armValue<boolean>(r, 'properties.attributes.enabled') ?? armValue<boolean>(r, 'attributes.enabled')) !==
    false
  );
}

/** Describes exposing rules for a message: `AllowRDP (priority 300) from Internet`. */
export function describeRules(rules: Rule[]): string {
  return rules
    .map(
      (r) =>
        `${r.name}${r.priority !== undefined ? ` (priority ${r.priority})` : ''} from ${r.sources.filter(isInternet).join(', ')}`,
    )
    .join('; ');
}

// ----- flow logs and network watchers --------------------------------------------------------------------------

export interface FlowLogInfo {
  id: string;
  name: string;
  target: string;
  enabled: boolean;
  analytics: boolean;
}

/** Azure flow logs (NSG or VNet) by target id, built once per evaluation. */
export function flowLogsByTarget(inventory: InventoryView): Map<string, FlowLogInfo[]> {
  return once(inventory, 'azure:flow-logs', () => {
    const m = new Map<string, FlowLogInfo[]>();
    const seen = new Set<string>();
    for (const r of [...inventory.byKind('logging.flow-log'), ...ofType(inventory, T.flowLog)]) {
      if (r.provider !== 'azure' || seen.has(r.id)) continue;
      seen.add(r.id);
      const target = String(
        at(r.raw, 'properties.targetResourceId') ?? at(r.properties, 'target') ?? '',
      ).toLowerCase();
      if (!target) continue;
      const enabled = (at(r.raw, 'properties.enabled') ?? at(r.properties, 'enabled')) === true;
      const ta = at(r.raw, 'properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration');
      const analytics = isObj(ta) && ta.enabled === true && typeof ta.workspaceResourceId === 'string';
      push(m, target, { id: r.id, name: label(r), target, enabled, analytics });
    }
    return m;
  });
}

/** Whether any flow logs were collected at all (so that "none for this target" means none). */
export function flowLogsCollected(inventory: InventoryView): boolean {
  return (
    inventory.byKind('logging.flow-log').some((r) => r.provider === 'azure') ||
    ofType(inventory, T.flowLog).length > 0
  );
}

/** A VM extension's publisher and type, e.g. `Microsoft.Azure.Security` / `IaaSAntimalware`. */
export interface Extension {
  name: string;
  publisher: string;
  type: string;
}

/**
 * The extensions installed on a VM: children of type `microsoft.compute/virtualmachines/extensions` (the VM GET
 * response lists them in `resources`, and templates nest them there). Undefined when not collected.
 */
export function vmExtensions(vm: Res, inventory: InventoryView): Extension[] | undefined {
  const kids = childrenOf(nodeOf(vm), inventory, T.vmExtension);
  return kids?.map((k) => ({
    name: k.name,
    publisher: String(nodeValue(k, 'properties.publisher') ?? ''),
    type: String(nodeValue(k, 'properties.type') ?? ''),
  }));
}

// ----- App Service -------------------------------------------------------------------------------------------

/** Web apps, function apps and their deployment slots. */
export function isSite(r: { id: string; raw: unknown }): boolean {
  return isType(r, T.site, T.siteSlot);
}

/** A site's `config/<name>` child (`web`, `authsettingsV2`, …); undefined when configs were not collected. */
export function siteConfigNode(
  site: Res,
  inventory: InventoryView,
  name: string,
): ArmNode | null | undefined {
  const configType = isType(site, T.siteSlot) ? `${T.siteSlot}/config` : T.siteConfig;
  const kids = childrenOf(nodeOf(site), inventory, configType);
  if (!kids) return undefined;
  return kids.find((k) => k.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/**
 * A site configuration value (`minTlsVersion`, `ftpsState`, …): from `properties.siteConfig` when the document has
 * it, else from the `config/web` child. Throws `MissingData` when neither was collected.
 */
export function siteConfig<T = unknown>(site: Res, inventory: InventoryView, key: string): T | undefined {
  const inline = armValue<T>(site, `properties.siteConfig.${key}`);
  if (inline !== undefined) return inline;
  const web = siteConfigNode(site, inventory, 'web');
  if (web) return nodeValue<T>(web, `properties.${key}`);
  throw new MissingData(`siteConfig.${key}`, 'the site configuration was not collected');
}

/** Whether the site is a function app (`kind` contains `functionapp`). */
export function isFunctionApp(site: Res): boolean {
  return /functionapp/i.test(String(armValue<string>(site, 'kind') ?? ''));
}

/**
 * The subscription's Defender for Cloud security contact (`Microsoft.Security/securityContacts/default`). `null`
 * when contacts were collected for the inventory but this subscription has none; throws when none were collected.
 */
export function securityContact(sub: { id: string; raw: unknown }, inventory: InventoryView): ArmNode | null {
  const c = subscriptionSetting(sub, inventory, T.securityContact, 'default');
  if (c) return c;
  if (
    ofType(inventory, T.securityContact).length > 0 ||
    childrenOf(nodeOf(sub), inventory, T.securityContact)
  )
    return null;
  throw new MissingData('Microsoft.Security/securityContacts/default', 'no security contacts were collected');
}

/** The subscription's activity log diagnostic settings; throws when they were not collected. */
export function activityLogSettings(sub: { id: string; raw: unknown }, inventory: InventoryView): ArmNode[] {
  return needChildren(nodeOf(sub), inventory, DIAGNOSTIC_SETTINGS, 'activity log diagnostic settings');
}

/** Activity log categories CIS asks to capture. */
export const ACTIVITY_LOG_CATEGORIES = ['Administrative', 'Alert', 'Policy', 'Security'];

// ----- role assignments ----------------------------------------------------------------------------------------

export interface Assignment {
  id: string;
  roleDefinitionId: string;
  principalId: string;
  principalType: string;
  scope: string;
}

/** Reads a role assignment document (`Microsoft.Authorization/roleAssignments`). */
export function assignmentOf(r: Res): Assignment {
  const roleDefinitionId = String(armNeed<string>(r, 'properties.roleDefinitionId')).toLowerCase();
  const principalId = String(armNeed<string>(r, 'properties.principalId')).toLowerCase();
  const principalType = String(armValue<string>(r, 'properties.principalType') ?? 'Unknown');
  const marker = '/providers/microsoft.authorization/roleassignments/';
  const fromId = r.id.toLowerCase().includes(marker)
    ? r.id.toLowerCase().slice(0, r.id.toLowerCase().lastIndexOf(marker))
    : undefined;
  const scope = String(armValue<string>(r, 'properties.scope') ?? fromId ?? '').toLowerCase() || '/';
  return { id: r.id, roleDefinitionId, principalId, principalType, scope };
}

/**
 * Whether a role definition grants Owner-level control: the built-in Owner role, or a custom role (found in the
 * inventory) whose Actions allow everything including assigning roles. A role definition that was not collected
 * is judged by its id alone (collectors list custom roles; built-in ones are known by GUID).
 */
export function isOwnerRole(
  roleDefinitionId: string,
  inventory: InventoryView,
): { owner: boolean; name: string } {
  const guid = roleGuid(roleDefinitionId);
  if (guid === BUILTIN_ROLES.owner) return { owner: true, name: 'Owner' };
  const byGuid = once(inventory, 'azure:role-definitions', () => {
    const m = new Map<string, Resource>();
    for (const d of ofType(inventory, T.roleDefinition)) m.set(roleGuid(d.id), d);
    return m;
  });
  const def = inventory.byId(roleDefinitionId.toLowerCase()) ?? byGuid.get(guid);
  if (!def) return { owner: false, name: guid };
  const perms = rolePermissions(def);
  const name = String(armValue(def, 'properties.roleName') ?? label(def));
  return {
    owner:
      allows(perms, 'Microsoft.Resources/subscriptions/resourceGroups/write') &&
      allows(perms, 'Microsoft.Authorization/roleAssignments/write'),
    name,
  };
}

/** Entra principals (users, groups, service principals) by object id, from `raw.id` of identity resources. */
export function principalIndex(inventory: InventoryView): Map<string, Resource> {
  return once(inventory, 'azure:principals', () => {
    const m = new Map<string, Resource>();
    for (const kind of ['identity.user', 'identity.principal', 'identity.group'] as const) {
      for (const r of inventory.byKind(kind)) {
        if (r.provider !== 'azure') continue;
        const oid = at(r.raw, 'id');
        if (typeof oid === 'string') m.set(oid.toLowerCase(), r);
        m.set(r.id.toLowerCase(), r);
      }
    }
    return m;
  });
}

/** Role assignments by scope (lower-cased), built once. */
export function assignmentsByScope(inventory: InventoryView): Map<string, Assignment[]> {
  return once(inventory, 'azure:assignments', () => {
    const m = new Map<string, Assignment[]>();
    for (const r of ofType(inventory, T.roleAssignment)) {
      try {
        const a = assignmentOf(r);
        push(m, a.scope.replace(/\/$/, ''), a);
      } catch {
        // An assignment with unknown fields cannot be counted; the per-assignment checks report it.
      }
    }
    return m;
  });
}
