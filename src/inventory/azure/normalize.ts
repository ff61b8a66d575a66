import type { NetworkRule, PolicyStatement } from '../../core/index.js';
import { type Draft, type DraftContext, type Entry, newDraft, relate, unknownProp } from './draft.js';
import {
  asCidr,
  bool,
  field,
  isObj,
  macOf,
  num,
  type Obj,
  objs,
  parentId,
  prop,
  propAny,
  refId,
  scopeLevel,
  str,
  strs,
  uniq,
} from './fields.js';

/**
 * One normalizer per ARM type (lower-cased). Each reads a single record; what needs other records (NIC → public
 * IP, VM → NIC → subnet → NSG, SQL server → firewall rules) is joined afterwards in `link.ts`.
 */
export type Normalizer = (entry: Entry, ctx: DraftContext) => Draft[];

const ANYWHERE = ['0.0.0.0/0', '::/0'];

/** Whether the record carries the resource's settings at all (`az keyvault list` on old CLIs prints only id, name, tags). */
function hasSettings(rec: Obj): boolean {
  if (isObj(field(rec, 'properties'))) return true;
  const base = new Set([
    'id',
    'name',
    'type',
    'location',
    'tags',
    'resourcegroup',
    'subscriptionid',
    'tenantid',
  ]);
  return Object.keys(rec).some((k) => !base.has(k.toLowerCase()));
}

function lower(v: unknown): string | undefined {
  return str(v)?.toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Compute

function powerState(rec: Obj): string | undefined {
  // `az vm list -d`: "VM running"; Resource Graph: properties.extended.instanceView.powerState.code "PowerState/running".
  const flat = str(field(rec, 'powerState'));
  if (flat) return flat.replace(/^VM\s+/i, '').toLowerCase();
  const code =
    str(prop(rec, 'extended', 'instanceView', 'powerState', 'code')) ??
    objs(prop(rec, 'instanceView', 'statuses'))
      .map((s) => str(field(s, 'code')))
      .find((c) => c?.toLowerCase().startsWith('powerstate/'));
  return code ? code.replace(/^PowerState\//i, '').toLowerCase() : undefined;
}

const virtualMachine: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'compute.instance', 'virtual-machines', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const full = hasSettings(rec);

  const state = powerState(rec);
  if (state) p.state = state;
  else
    unknownProp(
      d,
      'state',
      'power state is not in this export (use `az vm list -d` or Resource Graph properties.extended)',
    );

  const osType = lower(prop(rec, 'storageProfile', 'osDisk', 'osType'));
  if (osType) p.os = osType;
  else if (prop(rec, 'osProfile', 'linuxConfiguration') !== undefined) p.os = 'linux';
  else if (prop(rec, 'osProfile', 'windowsConfiguration') !== undefined) p.os = 'windows';

  const image = prop(rec, 'storageProfile', 'imageReference');
  if (isObj(image)) {
    const parts = ['publisher', 'offer', 'sku', 'version'].map((k) => str(field(image, k)));
    if (parts[0] && parts[1]) p.image = parts.filter(Boolean).join(':');
    else if (refId(image)) p.image = refId(image);
  }

  const vmSize = str(prop(rec, 'hardwareProfile', 'vmSize'));
  if (vmSize) p.vmSize = vmSize;

  // Managed disks and unmanaged VHDs are always encrypted at rest by Storage Service Encryption.
  const osDisk = prop(rec, 'storageProfile', 'osDisk');
  if (isObj(osDisk)) {
    p.disksEncrypted = true;
    const osDiskId = refId(field(osDisk, 'managedDisk'));
    if (osDiskId) p.osDisk = osDiskId;
    p.dataDisks = objs(prop(rec, 'storageProfile', 'dataDisks'))
      .map((x) => refId(field(x, 'managedDisk')))
      .filter((x): x is string => x !== undefined);
    if (field(osDisk, 'vhd') !== undefined) p.unmanagedDisks = true;
  }
  const atHost = bool(prop(rec, 'securityProfile', 'encryptionAtHost'));
  if (atHost !== undefined) p.encryptionAtHost = atHost;
  else if (full && isObj(osDisk)) p.encryptionAtHost = false; // ARM omits securityProfile when it is not set
  const securityType = str(prop(rec, 'securityProfile', 'securityType'));
  if (securityType) p.securityType = securityType;

  const linux = prop(rec, 'osProfile', 'linuxConfiguration');
  const noPassword = bool(field(linux, 'disablePasswordAuthentication'));
  if (noPassword !== undefined) p.passwordAuthentication = !noPassword;

  const bootDiagnostics = bool(prop(rec, 'diagnosticsProfile', 'bootDiagnostics', 'enabled'));
  if (bootDiagnostics !== undefined) p.bootDiagnostics = bootDiagnostics;

  const nics = objs(prop(rec, 'networkProfile', 'networkInterfaces'));
  if (nics.length > 0 || prop(rec, 'networkProfile') !== undefined) {
    p.interfaces = nics.map((n) => refId(n)).filter((x): x is string => x !== undefined);
    for (const nic of p.interfaces as string[]) relate(d, 'has-interface', nic);
  }

  // `az vm list -d` adds the addresses directly.
  const publicIps = str(field(rec, 'publicIps'));
  const privateIps = str(field(rec, 'privateIps'));
  if (publicIps !== undefined || field(rec, 'privateIps') !== undefined) {
    p.publicIps = (publicIps ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    p.privateIps = (privateIps ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  identity(d, rec);
  const zones = strs(field(rec, 'zones'));
  if (zones.length > 0) p.zones = zones;
  return [d];
};

/** Managed identity: `role` is the principal the resource acts as (user-assigned identity id, else the system one). */
function identity(d: Draft, rec: Obj): void {
  const id = field(rec, 'identity');
  if (!isObj(id)) return;
  const type = str(field(id, 'type'));
  const userAssigned = Object.keys(
    isObj(field(id, 'userAssignedIdentities')) ? (field(id, 'userAssignedIdentities') as Obj) : {},
  ).map((k) => k.toLowerCase());
  const principalId = str(field(id, 'principalId'));
  d.r.properties.managedIdentity = {
    ...(type ? { type } : {}),
    ...(principalId ? { principalId } : {}),
    userAssigned,
  };
  if (userAssigned[0]) d.r.properties.role = userAssigned[0];
  else if (principalId) d.r.properties.role = principalId;
  for (const u of userAssigned) relate(d, 'uses-role', u);
}

const disk: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'storage.volume', 'managed-disks', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const encType = str(prop(rec, 'encryption', 'type'));
  const desId = refId(prop(rec, 'encryption', 'diskEncryptionSetId'));
  if (encType) {
    const customer = /customerkey/i.test(encType);
    p.encryption = {
      enabled: true,
      keyType: customer ? 'customer-managed' : 'provider',
      ...(customer && desId ? { keyId: desId } : {}),
    };
    relate(d, 'uses-key', customer ? desId : undefined);
  } else if (hasSettings(rec) && prop(rec, 'diskState') !== undefined) {
    // Every managed disk is encrypted at rest; without an encryption block it is the platform-managed key.
    p.encryption = { enabled: true, keyType: 'provider' };
  } else unknownProp(d, 'encryption', 'the disk record has no encryption settings');
  if (encType) p.encryptionType = encType;
  const ade = bool(prop(rec, 'encryptionSettingsCollection', 'enabled'));
  if (ade !== undefined) p.azureDiskEncryption = ade;

  const size = num(propAny(rec, 'diskSizeGB'));
  if (size !== undefined) p.sizeGb = size;
  const state = lower(prop(rec, 'diskState'));
  if (state) p.state = state;
  const managedBy = refId(field(rec, 'managedBy'));
  const extended = strs(field(rec, 'managedByExtended')).map((x) => x.toLowerCase());
  if (managedBy || extended.length > 0 || state) {
    p.attachedTo = uniq([...(managedBy ? [managedBy] : []), ...extended]);
    for (const vm of p.attachedTo as string[]) relate(d, 'attached-to', vm);
  }
  const access = str(prop(rec, 'networkAccessPolicy'));
  if (access) p.networkAccessPolicy = access;
  const pna = str(prop(rec, 'publicNetworkAccess'));
  if (pna) p.publicNetworkAccess = pna.toLowerCase() === 'enabled';
  const osType = lower(prop(rec, 'osType'));
  if (osType) p.os = osType;
  return [d];
};

// ---------------------------------------------------------------------------------------------------------------
// Network

/** NSG protocol names → normalized protocol. */
function protocolOf(v: unknown): string | undefined {
  const s = lower(v);
  if (!s) return undefined;
  if (s === '*') return 'all';
  if (s === 'esp') return '50';
  if (s === 'ah') return '51';
  return s;
}

/** `*` → all ports, `22`, `1000-2000`. */
export function portRangeOf(v: string): { from: number; to: number } | undefined {
  const s = v.trim();
  if (s === '*') return { from: 0, to: 65535 };
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(s);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] !== undefined ? Number(m[2]) : from;
  return from <= to && to <= 65535 ? { from, to } : undefined;
}

/**
 * An NSG address prefix as rule peers. `*`, `Internet` and `Any` mean anywhere on the internet, so they become
 * `0.0.0.0/0` and `::/0` like every other provider's "anywhere"; addresses become CIDRs; other service tags
 * (`VirtualNetwork`, `AzureLoadBalancer`, `Storage.WestEurope`) become `service-tag:<name>`.
 */
export function peersOf(prefix: string): string[] {
  const s = prefix.trim();
  if (s === '*' || /^(internet|any)$/i.test(s)) return [...ANYWHERE];
  return [asCidr(s) ?? `service-tag:${s}`];
}

/** The rules of one NSG rule object; one normalized rule per destination port range. */
function nsgRule(rule: Obj, d: Draft): NetworkRule[] {
  const name = str(field(rule, 'name')) ?? '(unnamed)';
  const dir = lower(prop(rule, 'direction'));
  const access = lower(prop(rule, 'access'));
  const protocol = protocolOf(prop(rule, 'protocol'));
  if ((dir !== 'inbound' && dir !== 'outbound') || (access !== 'allow' && access !== 'deny') || !protocol) {
    unknownProp(d, 'rules', `security rule ${name} has no valid direction, access or protocol`);
    return [];
  }
  const direction = dir === 'inbound' ? 'ingress' : 'egress';
  const side = direction === 'ingress' ? 'source' : 'destination';
  const prefixes = [
    ...[str(prop(rule, `${side}AddressPrefix`))].filter((x): x is string => x !== undefined),
    ...strs(prop(rule, `${side}AddressPrefixes`)),
  ];
  const asgs = objs(prop(rule, `${side}ApplicationSecurityGroups`))
    .map((g) => refId(g))
    .filter((x): x is string => x !== undefined);
  const peers = uniq([...prefixes.flatMap(peersOf), ...asgs.map((g) => `sg:${g}`)]);
  const ranges = [
    ...[str(prop(rule, 'destinationPortRange'))].filter((x): x is string => x !== undefined),
    ...strs(prop(rule, 'destinationPortRanges')),
  ];
  const priority = num(prop(rule, 'priority'));
  const description = str(prop(rule, 'description'));
  const out: NetworkRule[] = [];
  for (const range of ranges) {
    const ports = portRangeOf(range);
    if (!ports) {
      unknownProp(d, 'rules', `security rule ${name} has an unreadable port range '${range}'`);
      continue;
    }
    out.push({
      direction,
      action: access,
      protocol,
      ports,
      peers,
      ...(priority !== undefined ? { priority } : {}),
      description: description ? `${name}: ${description}` : name,
    });
  }
  if (ranges.length === 0) unknownProp(d, 'rules', `security rule ${name} has no destination port range`);
  return out;
}

/** The six rules every NSG has (Azure documents them as fixed), for exports that leave them out. */
function defaultNsgRules(): NetworkRule[] {
  const all = { from: 0, to: 65535 };
  const rule = (
    direction: 'ingress' | 'egress',
    action: 'allow' | 'deny',
    peers: string[],
    priority: number,
    description: string,
  ): NetworkRule => ({ direction, action, protocol: 'all', ports: all, peers, priority, description });
  return [
    rule('ingress', 'allow', ['service-tag:VirtualNetwork'], 65000, 'AllowVnetInBound'),
    rule('ingress', 'allow', ['service-tag:AzureLoadBalancer'], 65001, 'AllowAzureLoadBalancerInBound'),
    rule('ingress', 'deny', [...ANYWHERE], 65500, 'DenyAllInBound'),
    rule('egress', 'allow', ['service-tag:VirtualNetwork'], 65000, 'AllowVnetOutBound'),
    rule('egress', 'allow', [...ANYWHERE], 65001, 'AllowInternetOutBound'),
    rule('egress', 'deny', [...ANYWHERE], 65500, 'DenyAllOutBound'),
  ];
}

const networkSecurityGroup: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'network.security-group', 'virtual-network', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const custom = prop(rec, 'securityRules');
  const defaults = prop(rec, 'defaultSecurityRules');
  if (Array.isArray(custom) || Array.isArray(defaults)) {
    const rules = objs(custom).flatMap((r) => nsgRule(r, d));
    if (Array.isArray(defaults)) rules.push(...objs(defaults).flatMap((r) => nsgRule(r, d)));
    else {
      rules.push(...defaultNsgRules());
      p.defaultRulesAssumed = true;
    }
    rules.sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    // A rule that could not be read could be the one that matters: the list is then unknown, not partial.
    if (d.r.unknown.some((u) => u.path === 'rules')) p.readableRules = rules;
    else p.rules = rules;
  } else unknownProp(d, 'rules', 'the record has no securityRules');
  p.isDefault = false; // Azure has no default NSG
  const attached = [
    ...objs(prop(rec, 'networkInterfaces')).map((x) => refId(x)),
    ...objs(prop(rec, 'subnets')).map((x) => refId(x)),
  ].filter((x): x is string => x !== undefined);
  p.attachedTo = uniq(attached);
  for (const a of attached) relate(d, 'protects', a);
  return [d];
};

function subnetDraft(entry: Entry, ctx: DraftContext): Draft {
  const d = newDraft(entry, 'network.subnet', 'virtual-network', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  // A subnet inherits its VNet's region; standalone subnet records carry none.
  const vnet = parentId(entry.id);
  p.vpc = vnet;
  relate(d, 'in-vpc', vnet);
  const cidrs = uniq([
    ...[str(prop(rec, 'addressPrefix'))].filter((x): x is string => x !== undefined),
    ...strs(prop(rec, 'addressPrefixes')),
  ]);
  if (cidrs.length > 0) p.cidrs = cidrs;
  // The subnet's NSG filters traffic of everything in it (an extra: `network.subnet` has no such property).
  const nsg = refId(prop(rec, 'networkSecurityGroup'));
  if (nsg || hasSettings(rec)) p.securityGroups = nsg ? [nsg] : [];
  relate(d, 'uses-security-group', nsg);
  const routeTable = refId(prop(rec, 'routeTable'));
  if (routeTable) {
    p.routeTable = routeTable;
    relate(d, 'routes-via', routeTable);
  }
  const endpoints = objs(prop(rec, 'serviceEndpoints'))
    .map((e) => str(field(e, 'service')))
    .filter((x): x is string => x !== undefined);
  if (endpoints.length > 0) p.serviceEndpoints = endpoints;
  const outbound = bool(prop(rec, 'defaultOutboundAccess'));
  if (outbound !== undefined) p.defaultOutboundAccess = outbound;
  const pe = str(prop(rec, 'privateEndpointNetworkPolicies'));
  if (pe) p.privateEndpointNetworkPolicies = pe;
  const delegations = objs(prop(rec, 'delegations'))
    .map((x) => str(prop(x, 'serviceName')))
    .filter((x): x is string => x !== undefined);
  if (delegations.length > 0) p.delegations = delegations;
  return d;
}

const subnet: Normalizer = (entry, ctx) => [subnetDraft(entry, ctx)];

const virtualNetwork: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'network.vpc', 'virtual-network', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const cidrs = strs(prop(rec, 'addressSpace', 'addressPrefixes'));
  if (cidrs.length > 0 || prop(rec, 'addressSpace') !== undefined) p.cidrs = cidrs;
  p.isDefault = false; // Azure creates no default VNet
  const ddos = bool(prop(rec, 'enableDdosProtection'));
  if (ddos !== undefined) p.ddosProtection = ddos;
  const peerings = objs(prop(rec, 'virtualNetworkPeerings'))
    .map((x) => refId(prop(x, 'remoteVirtualNetwork')))
    .filter((x): x is string => x !== undefined);
  if (peerings.length > 0) p.peerings = peerings;
  const out = [d];
  const subnets = objs(prop(rec, 'subnets'));
  for (const s of subnets) {
    const id = refId(s);
    if (!id) continue;
    const line = entry.lineOf?.(s) ?? entry.line;
    const sub = subnetDraft(
      { ...entry, rec: s, type: 'microsoft.network/virtualnetworks/subnets', id, line },
      ctx,
    );
    if (d.r.region) sub.r.region = d.r.region;
    out.push(sub);
  }
  p.subnets = subnets.map((s) => refId(s)).filter((x): x is string => x !== undefined);
  return out;
};

const networkInterface: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'network.interface', 'virtual-network', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const configs = objs(prop(rec, 'ipConfigurations'));
  p.privateIps = uniq(
    configs.map((c) => str(prop(c, 'privateIPAddress'))).filter((x): x is string => x !== undefined),
  );
  const primary = configs.find((c) => bool(prop(c, 'primary')) === true) ?? configs[0];
  const subnetId = refId(prop(primary ?? {}, 'subnet'));
  if (subnetId) {
    p.subnet = subnetId;
    p.vpc = parentId(subnetId);
  }
  for (const c of configs) {
    const s = refId(prop(c, 'subnet'));
    relate(d, 'in-subnet', s);
    relate(d, 'in-vpc', s ? parentId(s) : undefined);
  }
  relate(d, 'uses-security-group', refId(prop(rec, 'networkSecurityGroup')));
  const vm = refId(prop(rec, 'virtualMachine'));
  if (vm) {
    p.attachedTo = vm;
    relate(d, 'attached-to', vm);
  }
  const mac = macOf(prop(rec, 'macAddress'));
  if (mac) p.mac = mac;
  const forwarding = bool(propAny(rec, 'enableIPForwarding'));
  if (forwarding !== undefined) p.ipForwarding = forwarding;
  return [d];
};

const routeTable: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'network.route-table', 'virtual-network', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  p.subnets = objs(prop(rec, 'subnets'))
    .map((s) => refId(s))
    .filter((x): x is string => x !== undefined);
  const vnets = uniq((p.subnets as string[]).map((s) => parentId(s)));
  if (vnets.length === 1) p.vpc = vnets[0];
  p.routes = objs(prop(rec, 'routes')).map((r) => {
    const hopType = str(prop(r, 'nextHopType')) ?? 'unknown';
    return {
      destination: str(prop(r, 'addressPrefix')) ?? '',
      target: str(prop(r, 'nextHopIpAddress')) ?? hopType,
      targetType: hopType,
    };
  });
  const bgp = bool(prop(rec, 'disableBgpRoutePropagation'));
  if (bgp !== undefined) p.bgpRoutePropagation = !bgp;
  return [d];
};

const flowLog: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'logging.flow-log', 'network-watcher', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const target = refId(prop(rec, 'targetResourceId'));
  if (target) {
    p.target = target;
    relate(d, 'attached-to', target);
  }
  const enabled = bool(prop(rec, 'enabled'));
  if (enabled !== undefined) p.enabled = enabled;
  p.trafficType = 'all'; // NSG and VNet flow logs record allowed and denied flows alike
  const storage = refId(prop(rec, 'storageId'));
  if (storage) {
    p.destination = storage;
    relate(d, 'logs-to', storage);
  }
  const fmt = str(prop(rec, 'format', 'type'));
  const version = num(prop(rec, 'format', 'version'));
  if (fmt) p.format = version !== undefined ? `${fmt} v${version}` : fmt;
  const retention = prop(rec, 'retentionPolicy');
  if (isObj(retention)) {
    const on = bool(field(retention, 'enabled'));
    const days = num(field(retention, 'days'));
    // Azure keeps flow logs forever when retention is off or set to 0 days.
    if (on === false || days === 0) p.retentionDays = 0;
    else if (days !== undefined) p.retentionDays = days;
  }
  const analytics = bool(
    prop(rec, 'flowAnalyticsConfiguration', 'networkWatcherFlowAnalyticsConfiguration', 'enabled'),
  );
  if (analytics !== undefined) p.trafficAnalytics = analytics;
  return [d];
};

// ---------------------------------------------------------------------------------------------------------------
// Storage

const storageAccount: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'storage.bucket', 'storage', ctx);
  const { rec } = entry;
  const p = d.r.properties;

  const allowPublic = bool(prop(rec, 'allowBlobPublicAccess'));
  if (allowPublic !== undefined) {
    p.allowBlobPublicAccess = allowPublic;
    p.publicAccessBlocked = !allowPublic;
  } else {
    unknownProp(
      d,
      'publicAccessBlocked',
      'allowBlobPublicAccess is not in the record; its default depends on when the account was created',
    );
  }
  if (allowPublic === false) p.publicRead = false;
  else
    unknownProp(
      d,
      'publicRead',
      'anonymous access is allowed on the account; whether a container is public needs the container list (az storage container-rm list)',
    );
  // Anonymous access to Blob storage is read-only (container or blob level); it never grants write.
  p.publicWrite = false;

  const https = bool(propAny(rec, 'supportsHttpsTrafficOnly', 'enableHttpsTrafficOnly'));
  if (https !== undefined) p.tlsOnly = https;
  const minTls = str(prop(rec, 'minimumTlsVersion'));
  if (minTls) p.minimumTlsVersion = minTls;

  const keySource = str(prop(rec, 'encryption', 'keySource'));
  if (keySource) {
    const customer = keySource.toLowerCase() === 'microsoft.keyvault';
    const kv = prop(rec, 'encryption', 'keyvaultproperties');
    const uri = str(field(kv, 'keyvaulturi'));
    const keyName = str(field(kv, 'keyname'));
    const keyId = uri && keyName ? `${uri.replace(/\/+$/, '')}/keys/${keyName}` : uri;
    p.encryption = {
      enabled: true,
      keyType: customer ? 'customer-managed' : 'provider',
      ...(customer && keyId ? { keyId } : {}),
    };
    if (customer && uri) p.keyVaultUri = uri.toLowerCase().replace(/\/+$/, '');
  } else if (hasSettings(rec)) {
    // Storage Service Encryption cannot be turned off; without a key source it is the Microsoft-managed key.
    p.encryption = { enabled: true, keyType: 'provider' };
  }
  const infra = bool(prop(rec, 'encryption', 'requireInfrastructureEncryption'));
  if (infra !== undefined) p.infrastructureEncryption = infra;

  const acls = propAny(rec, 'networkAcls', 'networkRuleSet');
  const defaultAction = str(field(acls, 'defaultAction'));
  if (defaultAction) p.networkDefaultAction = defaultAction.toLowerCase();
  const ipRules = objs(field(acls, 'ipRules'))
    .map((r) => str(field(r, 'value')) ?? str(field(r, 'ipAddressOrRange')))
    .filter((x): x is string => x !== undefined);
  if (isObj(acls)) p.allowedCidrs = ipRules.map((r) => asCidr(r) ?? r);
  const pna = str(prop(rec, 'publicNetworkAccess'));
  if (pna) p.publicNetworkAccess = pna.toLowerCase() === 'enabled';
  const sharedKey = bool(prop(rec, 'allowSharedKeyAccess'));
  if (sharedKey !== undefined) p.allowSharedKeyAccess = sharedKey;

  const sku = str(field(field(rec, 'sku'), 'name'));
  if (sku) {
    p.sku = sku;
    p.replication = /GRS|GZRS/i.test(sku);
  }
  const immutable = bool(prop(rec, 'immutableStorageWithVersioning', 'enabled'));
  if (immutable !== undefined) p.objectLock = immutable;
  const kind = str(field(rec, 'kind'));
  if (kind) p.accountKind = kind;
  return [d];
};

// ---------------------------------------------------------------------------------------------------------------
// Databases

const sqlServer: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'database.instance', 'sql-database', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  p.engine = 'sqlserver';
  p.level = 'server';
  const version = str(prop(rec, 'version'));
  if (version) p.engineVersion = version;
  const pna = str(prop(rec, 'publicNetworkAccess'));
  if (pna) p.publiclyAccessible = pna.toLowerCase() === 'enabled';
  else unknownProp(d, 'publiclyAccessible', 'publicNetworkAccess is not in the record');
  // Azure SQL Database refuses unencrypted connections: TLS is always required.
  p.tlsRequired = true;
  const minTls = str(prop(rec, 'minimalTlsVersion'));
  if (minTls) p.minimalTlsVersion = minTls;
  const admins = prop(rec, 'administrators');
  if (isObj(admins)) {
    p.iamAuth = str(field(admins, 'administratorType'))?.toLowerCase() === 'activedirectory';
    const only = bool(field(admins, 'azureADOnlyAuthentication'));
    if (only !== undefined) p.entraOnlyAuthentication = only;
  }
  const fqdn = str(prop(rec, 'fullyQualifiedDomainName'));
  if (fqdn) p.endpoint = fqdn;
  identity(d, rec);
  return [d];
};

const sqlDatabase: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'database.instance', 'sql-database', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  p.engine = 'sqlserver';
  p.level = 'database';
  const server = parentId(entry.id);
  p.server = server;
  relate(d, 'member-of', server);
  const zr = bool(prop(rec, 'zoneRedundant'));
  if (zr !== undefined) p.multiAz = zr;
  p.tlsRequired = true;
  const redundancy = str(propAny(rec, 'currentBackupStorageRedundancy', 'requestedBackupStorageRedundancy'));
  if (redundancy) p.backupStorageRedundancy = redundancy;
  const sku = str(field(field(rec, 'sku'), 'name'));
  if (sku) p.sku = sku;
  if (d.r.name === 'master') p.system = true;
  return [d];
};

// ---------------------------------------------------------------------------------------------------------------
// Key Vault

/** A vault's access policies as statements: `keys:get`, `secrets:list` … for each principal. */
function accessPolicyStatements(rec: Obj): PolicyStatement[] {
  return objs(prop(rec, 'accessPolicies')).map((ap) => {
    const perms = field(ap, 'permissions');
    const actions: string[] = [];
    for (const kind of ['keys', 'secrets', 'certificates', 'storage']) {
      for (const a of strs(field(perms, kind))) actions.push(`${kind}:${a.toLowerCase()}`);
    }
    const principal = str(field(ap, 'objectId')) ?? 'unknown';
    return { effect: 'allow', actions, principals: [`principal:${principal}`] };
  });
}

const keyVault: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'crypto.key', 'key-vault', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  p.managedBy = 'customer';
  p.vault = true;
  if (!hasSettings(rec) || prop(rec, 'tenantId') === undefined) {
    for (const path of ['deletionProtection', 'softDelete', 'purgeProtection', 'publicNetworkAccess'])
      unknownProp(d, path, 'the record has no vault properties (use `az keyvault show` or Resource Graph)');
    return [d];
  }
  const soft = bool(prop(rec, 'enableSoftDelete'));
  if (soft !== undefined) p.softDelete = soft;
  else unknownProp(d, 'softDelete', 'enableSoftDelete is not in the record');
  // ARM leaves enablePurgeProtection out until it is turned on (it cannot be turned off again).
  const purge = bool(prop(rec, 'enablePurgeProtection')) ?? false;
  p.purgeProtection = purge;
  if (!purge) p.deletionProtection = false;
  else if (soft !== undefined) p.deletionProtection = soft;
  else unknownProp(d, 'deletionProtection', 'enableSoftDelete is not in the record');
  const retention = num(prop(rec, 'softDeleteRetentionInDays'));
  if (retention !== undefined) p.softDeleteRetentionDays = retention;
  const pna = str(prop(rec, 'publicNetworkAccess'));
  const defaultAction = lower(prop(rec, 'networkAcls', 'defaultAction'));
  if (defaultAction) p.networkDefaultAction = defaultAction;
  // A vault without a publicNetworkAccess setting is reachable from public networks (the ARM default).
  p.publicNetworkAccess = pna ? pna.toLowerCase() === 'enabled' : true;
  const rbac = bool(prop(rec, 'enableRbacAuthorization'));
  if (rbac !== undefined) p.rbacAuthorization = rbac;
  p.policy = accessPolicyStatements(rec);
  const uri = str(prop(rec, 'vaultUri'));
  if (uri) p.vaultUri = uri.toLowerCase().replace(/\/+$/, '');
  const sku = str(prop(rec, 'sku', 'name'));
  if (sku) p.sku = sku;
  return [d];
};

// ---------------------------------------------------------------------------------------------------------------
// Containers and apps

const managedCluster: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'compute.container-cluster', 'aks', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const version = str(propAny(rec, 'currentKubernetesVersion', 'kubernetesVersion'));
  if (version) p.version = version;
  const full = version !== undefined || prop(rec, 'agentPoolProfiles') !== undefined;
  const api = prop(rec, 'apiServerAccessProfile');
  const isPrivate = bool(field(api, 'enablePrivateCluster')) === true;
  if (full) {
    p.endpointPublic = !isPrivate;
    const ranges = strs(field(api, 'authorizedIPRanges')).map((r) => asCidr(r) ?? r);
    // A public API server without authorized ranges accepts connections from any address.
    p.endpointAllowedCidrs = isPrivate ? [] : ranges.length > 0 ? ranges : ['0.0.0.0/0'];
    const kms = prop(rec, 'securityProfile', 'azureKeyVaultKms');
    const kmsOn = bool(field(kms, 'enabled')) === true;
    const keyId = str(field(kms, 'keyId'));
    // etcd is encrypted at rest by the platform; KMS adds a customer-managed key for Secrets.
    p.secretsEncryption = kmsOn
      ? { enabled: true, keyType: 'customer-managed', ...(keyId ? { keyId } : {}) }
      : { enabled: true, keyType: 'provider' };
    const policy = lower(prop(rec, 'networkProfile', 'networkPolicy'));
    p.networkPolicy = policy !== undefined && policy !== 'none';
    if (policy) p.networkPolicyEngine = policy;
    const rbac = bool(prop(rec, 'enableRBAC'));
    if (rbac !== undefined) p.rbac = rbac;
    const pools = objs(prop(rec, 'agentPoolProfiles'));
    p.privateNodes = !pools.some((pool) => bool(field(pool, 'enableNodePublicIP')) === true);
    const channel = lower(prop(rec, 'autoUpgradeProfile', 'upgradeChannel'));
    const osChannel = lower(prop(rec, 'autoUpgradeProfile', 'nodeOSUpgradeChannel'));
    p.nodeAutoUpgrade =
      (channel !== undefined && channel !== 'none') || (osChannel !== undefined && osChannel !== 'none');
    for (const pool of pools) {
      const sn = refId(field(pool, 'vnetSubnetID'));
      relate(d, 'in-subnet', sn);
      relate(d, 'in-vpc', sn ? parentId(sn) : undefined);
    }
    const localAccounts = bool(prop(rec, 'disableLocalAccounts'));
    if (localAccounts !== undefined) p.localAccounts = !localAccounts;
    const aad = prop(rec, 'aadProfile');
    if (isObj(aad)) p.entraIntegration = true;
  } else {
    unknownProp(d, 'endpointPublic', 'the record has no cluster properties');
  }
  unknownProp(d, 'controlPlaneLogging', 'no diagnostic settings for the cluster in the input');
  identity(d, rec);
  return [d];
};

const webSite: Normalizer = (entry, ctx) => {
  const kind = lower(field(entry.rec, 'kind')) ?? '';
  const isFunction = kind.includes('functionapp');
  const d = newDraft(
    entry,
    isFunction ? 'compute.function' : 'compute.container-service',
    isFunction ? 'functions' : 'app-service',
    ctx,
  );
  const { rec } = entry;
  const p = d.r.properties;
  p.appKind = kind;
  const httpsOnly = bool(prop(rec, 'httpsOnly'));
  if (httpsOnly !== undefined) p.httpsOnly = httpsOnly;
  const site = prop(rec, 'siteConfig');
  const minTls = str(field(site, 'minTlsVersion'));
  if (minTls) p.minTlsVersion = minTls;
  else unknownProp(d, 'minTlsVersion', 'siteConfig is not in this export (use `az webapp config show`)');
  const ftps = str(field(site, 'ftpsState'));
  if (ftps) p.ftpsState = ftps;
  const runtime = str(field(site, 'linuxFxVersion')) ?? str(field(site, 'windowsFxVersion'));
  if (runtime) p.runtime = runtime;
  const cert = bool(prop(rec, 'clientCertEnabled'));
  if (cert !== undefined) p.clientCertEnabled = cert;
  const pna = str(prop(rec, 'publicNetworkAccess'));
  if (pna) p.publicNetworkAccess = pna.toLowerCase() === 'enabled';
  if (isFunction && pna) p.publicUrl = pna.toLowerCase() === 'enabled';
  const host = str(prop(rec, 'defaultHostName'));
  if (host) p.defaultHostName = host;
  const subnetId = refId(prop(rec, 'virtualNetworkSubnetId'));
  if (subnetId) {
    if (isFunction) p.vpc = parentId(subnetId);
    p.subnet = subnetId;
    relate(d, 'in-subnet', subnetId);
    relate(d, 'in-vpc', parentId(subnetId));
  }
  identity(d, rec);
  return [d];
};

// ---------------------------------------------------------------------------------------------------------------
// Authorization

/** `User` → `user:<id>`; the member notation of `identity.role`. */
export function memberOf(principalType: string | undefined, principalId: string): string {
  const t = (principalType ?? 'principal').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return `${t}:${principalId}`;
}

const roleAssignment: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'identity.role', 'entra-id', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const principalId = str(prop(rec, 'principalId'));
  const principalType = str(prop(rec, 'principalType'));
  if (principalId) p.members = [memberOf(principalType, principalId)];
  else unknownProp(d, 'members', 'the assignment has no principalId');
  const principalName = str(prop(rec, 'principalName'));
  if (principalName) p.principalName = principalName;
  if (principalType) p.principalType = principalType;
  const scope = str(prop(rec, 'scope'));
  if (scope !== undefined) {
    p.scope = scope.toLowerCase();
    p.scopeLevel = scopeLevel(scope);
    relate(d, 'attached-to', scope === '/' ? undefined : scope.toLowerCase());
  } else unknownProp(d, 'scope', 'the assignment has no scope');
  const definition = refId(prop(rec, 'roleDefinitionId'));
  if (definition) p.roleDefinitionId = definition;
  const roleName = str(field(rec, 'roleDefinitionName'));
  if (roleName) p.roleName = roleName;
  const condition = str(prop(rec, 'condition'));
  if (condition) p.condition = condition;
  return [d];
};

const roleDefinition: Normalizer = (entry, ctx) => {
  const d = newDraft(entry, 'identity.policy', 'entra-id', ctx);
  const { rec } = entry;
  const p = d.r.properties;
  const roleName = str(prop(rec, 'roleName'));
  if (roleName) {
    p.roleName = roleName;
    d.r.name = roleName;
  }
  // `az` flattens the role type to `roleType`; ARM keeps it as `properties.type`.
  const roleType = str(field(rec, 'roleType')) ?? str(field(field(rec, 'properties'), 'type'));
  if (roleType) {
    p.roleType = roleType;
    p.managedBy = roleType.toLowerCase() === 'builtinrole' ? 'provider' : 'customer';
  }
  const scopes = strs(prop(rec, 'assignableScopes')).map((s) => s.toLowerCase());
  const statements: PolicyStatement[] = [];
  for (const perm of objs(prop(rec, 'permissions'))) {
    const actions = strs(field(perm, 'actions'));
    const notActions = strs(field(perm, 'notActions'));
    if (actions.length > 0 || notActions.length > 0) {
      statements.push({
        effect: 'allow',
        actions,
        ...(notActions.length > 0 ? { notActions } : {}),
        ...(scopes.length > 0 ? { resources: scopes } : {}),
      });
    }
    const dataActions = strs(field(perm, 'dataActions'));
    const notDataActions = strs(field(perm, 'notDataActions'));
    if (dataActions.length > 0) {
      statements.push({
        effect: 'allow',
        actions: dataActions,
        ...(notDataActions.length > 0 ? { notActions: notDataActions } : {}),
        ...(scopes.length > 0 ? { resources: scopes } : {}),
        conditions: { plane: 'data' },
      });
    }
  }
  p.statements = statements;
  if (scopes.length > 0) p.assignableScopes = scopes;
  return [d];
};

export const NORMALIZERS: Readonly<Record<string, Normalizer>> = {
  'microsoft.compute/virtualmachines': virtualMachine,
  'microsoft.compute/disks': disk,
  'microsoft.network/networksecuritygroups': networkSecurityGroup,
  'microsoft.network/virtualnetworks': virtualNetwork,
  'microsoft.network/virtualnetworks/subnets': subnet,
  'microsoft.network/networkinterfaces': networkInterface,
  'microsoft.network/routetables': routeTable,
  'microsoft.network/networkwatchers/flowlogs': flowLog,
  'microsoft.storage/storageaccounts': storageAccount,
  'microsoft.sql/servers': sqlServer,
  'microsoft.sql/servers/databases': sqlDatabase,
  'microsoft.keyvault/vaults': keyVault,
  'microsoft.containerservice/managedclusters': managedCluster,
  'microsoft.web/sites': webSite,
  'microsoft.authorization/roleassignments': roleAssignment,
  'microsoft.authorization/roledefinitions': roleDefinition,
};

/**
 * Types read only to complete other resources (`link.ts`): a public IP's address goes to its NIC and VM, SQL
 * firewall rules / auditing / TDE to their server and databases, diagnostic settings to the resource they
 * configure, blob service settings and containers to their storage account.
 */
export const FOLDED_TYPES = new Set([
  'microsoft.network/publicipaddresses',
  'microsoft.sql/servers/firewallrules',
  'microsoft.sql/servers/auditingsettings',
  'microsoft.sql/servers/encryptionprotector',
  'microsoft.sql/servers/databases/transparentdataencryption',
  'microsoft.sql/servers/databases/auditingsettings',
  'microsoft.insights/diagnosticsettings',
  'microsoft.storage/storageaccounts/blobservices',
  'microsoft.storage/storageaccounts/blobservices/containers',
]);
