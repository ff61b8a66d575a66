import type { NetworkRule, PolicyStatement, ResourceKind } from '../../core/index.js';
import type { Asset } from './assets.js';
import { type Draft, type GcpContext, newDraft, relate, unknownProp } from './draft.js';
import {
  asCidr,
  at,
  bool,
  computeName,
  durationDays,
  isObj,
  kmsKeyName,
  lastSegment,
  num,
  type Obj,
  objs,
  str,
  strs,
  uniq,
} from './fields.js';

/**
 * One normalizer per asset type. `build` reads `resource.data` (present unless the input held only the
 * asset's IAM policy or a search summary); IAM policies are applied by `applyIam` for every kind.
 */
interface TypeSpec {
  kind: ResourceKind;
  service: string;
  build?: (d: Draft, data: Obj, ctx: GcpContext) => void;
}

const NO_DATA =
  'the input has no resource data for this asset (export it with gcloud asset export --content-type=resource)';

// ---------------------------------------------------------------------------------------------------------------
// IAM

export interface Binding {
  role: string;
  members: string[];
  condition?: Obj;
}

export const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);

export function bindingsOf(policy: Obj | undefined): Binding[] {
  return objs(policy?.bindings)
    .map((b) => {
      const condition = isObj(b.condition) ? b.condition : undefined;
      return { role: str(b.role) ?? '', members: strs(b.members), ...(condition ? { condition } : {}) };
    })
    .filter((b) => b.role !== '');
}

/** A binding as a policy statement: the role is the action set, the members the principals. */
export function statementsOf(bindings: Binding[]): PolicyStatement[] {
  return bindings.map((b) => ({
    effect: 'allow',
    actions: [b.role],
    principals: b.members,
    ...(b.condition ? { conditions: b.condition } : {}),
  }));
}

/** Roles that let their holder read objects (or list them) / create, replace or delete objects. */
const READ_ROLES = new Set(
  [
    'objectViewer',
    'legacyObjectReader',
    'legacyObjectOwner',
    'legacyBucketReader',
    'legacyBucketOwner',
    'objectUser',
    'objectAdmin',
    'admin',
  ].map((r) => `roles/storage.${r}`),
);
const WRITE_ROLES = new Set(
  ['objectCreator', 'objectUser', 'objectAdmin', 'admin', 'legacyBucketWriter', 'legacyBucketOwner'].map(
    (r) => `roles/storage.${r}`,
  ),
);
const CUSTOM_ROLE = /^(projects|organizations)\/[^/]+\/roles\//;

function applyIam(d: Draft): void {
  const policy = d.asset.iamPolicy;
  if (!policy) return;
  const bindings = bindingsOf(policy);
  const statements = statementsOf(bindings);
  const publicRoles = uniq(
    bindings.filter((b) => b.members.some((m) => PUBLIC_MEMBERS.has(m))).map((b) => b.role),
  );
  const kind = d.r.kind;
  if (kind === 'storage.bucket' || kind === 'crypto.key' || kind === 'compute.function')
    d.r.properties.policy = statements;
  else d.r.properties.iamPolicy = statements;
  d.r.properties.publicRoles = publicRoles;
}

// ---------------------------------------------------------------------------------------------------------------
// Compute Engine

function metadataOf(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of objs(at(data, 'metadata', 'items'))) {
    const key = str(item.key);
    if (key) out.set(key, typeof item.value === 'string' ? item.value : '');
  }
  return out;
}

export function projectMetadataOf(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of objs(at(data, 'commonInstanceMetadata', 'items'))) {
    const key = str(item.key);
    if (key) out.set(key, typeof item.value === 'string' ? item.value : '');
  }
  return out;
}

function diskKeyType(key: unknown): 'customer-managed' | 'customer-supplied' | 'provider' {
  if (str(at(key, 'kmsKeyName'))) return 'customer-managed';
  if (str(at(key, 'sha256')) || str(at(key, 'rawKey')) || str(at(key, 'rsaEncryptedKey')))
    return 'customer-supplied';
  return 'provider';
}

const instance = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const status = str(data.status);
  if (status) p.state = status.toLowerCase();
  const nics = objs(data.networkInterfaces);
  p.publicIps = uniq(
    nics.flatMap((n) => [
      ...objs(n.accessConfigs).map((c) => str(c.natIP)),
      ...objs(n.ipv6AccessConfigs).map((c) => str(c.externalIpv6)),
    ]),
  ).filter((x): x is string => x !== undefined);
  p.privateIps = uniq(nics.flatMap((n) => [str(n.networkIP), str(n.ipv6Address)])).filter(
    (x): x is string => x !== undefined,
  );
  const first = nics[0];
  const subnet = computeName(first?.subnetwork);
  const vpc = computeName(first?.network);
  if (subnet) p.subnet = subnet;
  if (vpc) p.vpc = vpc;
  p.networks = uniq(nics.map((n) => computeName(n.network)).filter((x): x is string => x !== undefined));
  for (const n of nics) {
    relate(d, 'in-subnet', computeName(n.subnetwork));
    relate(d, 'in-vpc', computeName(n.network));
  }

  // Persistent disks are always encrypted at rest; the key is Google's unless a CMEK or CSEK is given.
  const disks = objs(data.disks);
  p.disksEncrypted = true;
  p.diskKeyTypes = uniq(disks.map((x) => diskKeyType(x.diskEncryptionKey)));
  p.disks = disks.map((x) => computeName(x.source)).filter((x): x is string => x !== undefined);
  const boot = disks.find((x) => x.boot === true);
  if (boot) p.bootDisk = computeName(boot.source);

  const accounts = objs(data.serviceAccounts);
  p.serviceAccounts = accounts.map((a) => str(a.email)).filter((x): x is string => x !== undefined);
  p.serviceAccountScopes = uniq(accounts.flatMap((a) => strs(a.scopes)));

  const md = metadataOf(data);
  const serial = md.get('serial-port-enable');
  if (serial !== undefined) p.serialConsole = bool(serial) === true;
  // block-project-ssh-keys only exists on instances: unset means project-wide keys are accepted.
  p.projectSshKeysBlocked = bool(md.get('block-project-ssh-keys')) === true;
  const osLogin = md.get('enable-oslogin');
  if (osLogin !== undefined) p.osLogin = bool(osLogin) === true;
  p.instanceSshKeys = md.has('ssh-keys') || md.has('sshKeys');

  const shielded = data.shieldedInstanceConfig;
  p.shieldedVm =
    bool(at(shielded, 'enableVtpm')) === true && bool(at(shielded, 'enableIntegrityMonitoring')) === true;
  const secureBoot = bool(at(shielded, 'enableSecureBoot'));
  if (secureBoot !== undefined) p.secureBoot = secureBoot;
  const confidential = bool(at(data, 'confidentialInstanceConfig', 'enableConfidentialCompute'));
  if (confidential !== undefined) p.confidentialComputing = confidential;
  const machine = lastSegment(data.machineType);
  if (machine) p.machineType = machine;
  p.networkTags = strs(at(data, 'tags', 'items'));
  const forward = bool(data.canIpForward);
  if (forward !== undefined) p.ipForwarding = forward;
  const protect = bool(data.deletionProtection);
  if (protect !== undefined) p.deletionProtection = protect;
};

/** Protocol names of Compute Engine firewall rules → normalized protocol. */
function firewallProtocol(v: unknown): string {
  const s = (str(v) ?? 'all').toLowerCase();
  return s === 'ipv6-icmp' ? 'icmpv6' : s;
}

function firewallPorts(ports: string[]): { from: number; to: number }[] | undefined {
  if (ports.length === 0) return [{ from: 0, to: 65535 }];
  const out: { from: number; to: number }[] = [];
  for (const p of ports) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(p.trim());
    if (!m) return undefined;
    out.push({ from: Number(m[1]), to: Number(m[2] ?? m[1]) });
  }
  return out;
}

const DEFAULT_NETWORK_RULES = new Set([
  'default-allow-internal',
  'default-allow-ssh',
  'default-allow-rdp',
  'default-allow-icmp',
]);

const firewall = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const direction = str(data.direction)?.toUpperCase() === 'EGRESS' ? 'egress' : 'ingress';
  p.direction = direction;
  const disabled = bool(data.disabled) === true;
  p.disabled = disabled;
  const priority = num(data.priority) ?? 1000; // the API default
  p.priority = priority;
  const network = computeName(data.network);
  if (network) {
    p.vpc = network;
    relate(d, 'in-vpc', network);
  }
  const ruleName = str(data.name) ?? d.r.name ?? '';
  p.isDefault = lastSegment(network) === 'default' && DEFAULT_NETWORK_RULES.has(ruleName);

  let peers: string[];
  if (direction === 'ingress') {
    peers = [
      ...strs(data.sourceRanges),
      ...strs(data.sourceTags).map((t) => `tag:${t}`),
      ...strs(data.sourceServiceAccounts).map((s) => `service-account:${s}`),
    ];
  } else peers = strs(data.destinationRanges);
  // With no source (ingress) or destination (egress) the rule matches every address.
  if (peers.length === 0) peers = ['0.0.0.0/0'];

  const targets = [
    ...strs(data.targetTags).map((t) => `tag:${t}`),
    ...strs(data.targetServiceAccounts).map((s) => `service-account:${s}`),
  ];
  // No target tags or service accounts: the rule applies to every instance in the network.
  p.targets = targets.length > 0 ? targets : ['*'];

  const description = str(data.description);
  const rules: NetworkRule[] = [];
  for (const [key, action] of [
    ['allowed', 'allow'],
    ['denied', 'deny'],
  ] as const) {
    for (const entry of objs(data[key])) {
      const protocol = firewallProtocol(entry.IPProtocol);
      const ranges = firewallPorts(strs(entry.ports));
      if (!ranges) {
        unknownProp(d, 'rules', `unreadable ports ${JSON.stringify(entry.ports)} in ${ruleName}`);
        continue;
      }
      for (const ports of ranges) {
        rules.push({
          direction,
          action,
          protocol,
          ports,
          peers,
          priority,
          description: description ? `${ruleName}: ${description}` : ruleName,
        });
      }
    }
  }
  // A disabled rule is not enforced: it contributes no rules. An entry that could not be read makes the
  // rules unknown rather than partial.
  if (d.r.unknown.some((u) => u.path === 'rules')) p.readableRules = disabled ? [] : rules;
  else p.rules = disabled ? [] : rules;
  const logging = bool(at(data, 'logConfig', 'enable'));
  p.logging = logging === true;
};

const network = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const legacy = str(data.IPv4Range);
  if (legacy) p.cidrs = [legacy];
  p.isDefault = str(data.name) === 'default';
  const auto = bool(data.autoCreateSubnetworks);
  p.mode = legacy ? 'legacy' : auto === true ? 'auto' : 'custom';
  const routing = str(at(data, 'routingConfig', 'routingMode'));
  if (routing) p.routingMode = routing.toLowerCase();
  p.subnets = strs(data.subnetworks)
    .map((s) => computeName(s))
    .filter((x): x is string => x !== undefined);
};

const subnetwork = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const vpc = computeName(data.network);
  if (vpc) {
    p.vpc = vpc;
    relate(d, 'in-vpc', vpc);
  }
  p.cidrs = uniq(
    [
      str(data.ipCidrRange),
      ...objs(data.secondaryIpRanges).map((r) => str(r.ipCidrRange)),
      str(data.ipv6CidrRange),
    ].filter((x): x is string => x !== undefined),
  );
  // The API always returns privateIpGoogleAccess; logConfig is left out until flow logs are configured.
  p.privateGoogleAccess = bool(data.privateIpGoogleAccess) === true;
  const flow = bool(at(data, 'logConfig', 'enable')) ?? bool(data.enableFlowLogs);
  p.flowLogs = flow === true;
  if (isObj(data.logConfig)) p.flowLogConfig = data.logConfig;
  const purpose = str(data.purpose);
  if (purpose) p.purpose = purpose;
};

const disk = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const key = data.diskEncryptionKey;
  const keyType = diskKeyType(key);
  const keyId = kmsKeyName(at(key, 'kmsKeyName'));
  p.encryption = { enabled: true, keyType, ...(keyId ? { keyId } : {}) };
  relate(d, 'uses-key', keyId);
  const size = num(data.sizeGb);
  if (size !== undefined) p.sizeGb = size;
  const status = str(data.status);
  if (status) p.state = status.toLowerCase();
  p.attachedTo = strs(data.users)
    .map((u) => computeName(u))
    .filter((x): x is string => x !== undefined);
  for (const u of p.attachedTo as string[]) relate(d, 'attached-to', u);
  const image = str(data.sourceImage);
  if (image) p.sourceImage = image.replace(/^https:\/\/[^/]+\/compute\/[^/]+\//, '');
  const type = lastSegment(data.type);
  if (type) p.diskType = type;
};

// ---------------------------------------------------------------------------------------------------------------
// Storage

const bucket = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const iam = data.iamConfiguration;
  const pap = str(at(iam, 'publicAccessPrevention'))?.toLowerCase();
  if (pap) p.publicAccessPrevention = pap;
  // `inherited` follows the organization policy constraint, which the export does not hold.
  p.publicAccessBlocked = pap === 'enforced';
  const ubla =
    bool(at(iam, 'uniformBucketLevelAccess', 'enabled')) ?? bool(at(iam, 'bucketPolicyOnly', 'enabled'));
  p.uniformAccess = ubla === true;
  const kms = str(at(data, 'encryption', 'defaultKmsKeyName'));
  p.encryption = {
    enabled: true,
    keyType: kms ? 'customer-managed' : 'provider',
    ...(kms ? { keyId: kmsKeyName(kms) } : {}),
  };
  relate(d, 'uses-key', kms ? kmsKeyName(kms) : undefined);
  p.versioning = bool(at(data, 'versioning', 'enabled')) === true;
  const logBucket = str(at(data, 'logging', 'logBucket'));
  p.accessLogging = logBucket !== undefined;
  if (logBucket) p.logBucket = logBucket;
  p.lifecycleRules = objs(at(data, 'lifecycle', 'rule')).length;
  const retention = data.retentionPolicy;
  p.objectLock = isObj(retention);
  if (isObj(retention)) {
    const seconds = num(retention.retentionPeriod);
    if (seconds !== undefined) p.retentionDays = seconds / 86400;
    p.retentionLocked = bool(retention.isLocked) === true;
  }
  const softDelete = num(at(data, 'softDeletePolicy', 'retentionDurationSeconds'));
  if (softDelete !== undefined) p.softDeleteDays = softDelete / 86400;
  const locationType = str(data.locationType);
  if (locationType) {
    p.locationType = locationType;
    p.replication = locationType !== 'region';
  }
  if (Array.isArray(data.acl)) p.acl = data.acl;
};

/** Whether the bucket's IAM policy and ACL let everyone read / write, as far as the input says. */
function bucketPublic(d: Draft): void {
  const p = d.r.properties;
  const data = d.asset.data;
  const bindings = bindingsOf(d.asset.iamPolicy);
  const publicBindings = bindings.filter((b) => b.members.some((m) => PUBLIC_MEMBERS.has(m)));
  const acl = objs(data?.acl).filter((a) => PUBLIC_MEMBERS.has(str(a.entity) ?? ''));
  const aclRoles = acl.map((a) => str(a.role)?.toUpperCase());
  const grants = {
    read:
      publicBindings.some((b) => READ_ROLES.has(b.role)) ||
      aclRoles.some((r) => r === 'READER' || r === 'WRITER' || r === 'OWNER'),
    write:
      publicBindings.some((b) => WRITE_ROLES.has(b.role)) ||
      aclRoles.some((r) => r === 'WRITER' || r === 'OWNER'),
  };
  const custom = publicBindings.some((b) => CUSTOM_ROLE.test(b.role));
  for (const [path, granted] of [
    ['publicRead', grants.read],
    ['publicWrite', grants.write],
  ] as const) {
    if (p.publicAccessBlocked === true) p[path] = false;
    else if (granted) p[path] = true;
    else if (!d.asset.iamPolicy)
      unknownProp(
        d,
        path,
        'the bucket IAM policy is not in the input (gcloud asset export --content-type=iam-policy)',
      );
    else if (custom)
      unknownProp(
        d,
        path,
        'a custom role is granted to allUsers/allAuthenticatedUsers; its permissions are not in the input',
      );
    else if (p.uniformAccess === true) p[path] = false;
    else if (data)
      unknownProp(
        d,
        path,
        'uniform bucket-level access is off: object ACLs may grant public access and are not in the export',
      );
    else unknownProp(d, path, NO_DATA);
  }
  if (publicBindings.length > 0 || acl.length > 0)
    p.publicMembers = uniq([
      ...publicBindings.flatMap((b) => b.members.filter((m) => PUBLIC_MEMBERS.has(m))),
      ...acl.map((a) => str(a.entity) ?? ''),
    ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Cloud SQL

function flagsOf(data: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of objs(at(data, 'settings', 'databaseFlags'))) {
    const name = str(f.name);
    if (name) out[name] = typeof f.value === 'string' ? f.value : String(f.value ?? '');
  }
  return out;
}

const sqlInstance = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const version = str(data.databaseVersion) ?? '';
  const m = /^(MYSQL|POSTGRES|SQLSERVER)_(.+)$/.exec(version);
  if (m) {
    p.engine = (m[1] as string).toLowerCase();
    p.engineVersion = (m[2] as string).replace(/_/g, m[1] === 'MYSQL' ? '.' : '_');
  }
  if (version) p.databaseVersion = version;
  const settings = data.settings;
  const ipc = at(settings, 'ipConfiguration');
  const ipv4 = bool(at(ipc, 'ipv4Enabled'));
  if (ipv4 !== undefined) p.publiclyAccessible = ipv4;
  else if (isObj(ipc)) p.publiclyAccessible = false;
  const networks = objs(at(ipc, 'authorizedNetworks'));
  p.firewallCidrs = uniq(
    networks
      .map((n) => str(n.value))
      .filter((x): x is string => x !== undefined)
      .map(asCidr),
  );
  p.authorizedNetworks = networks.map((n) => ({ name: str(n.name), value: str(n.value) }));
  const primary = objs(data.ipAddresses).find((a) => str(a.type) === 'PRIMARY');
  if (primary && str(primary.ipAddress)) p.publicIp = str(primary.ipAddress);
  const privateNetwork = computeName(at(ipc, 'privateNetwork'));
  if (privateNetwork) {
    p.vpc = privateNetwork;
    relate(d, 'in-vpc', privateNetwork);
  }

  const sslMode = str(at(ipc, 'sslMode'));
  const requireSsl = bool(at(ipc, 'requireSsl'));
  if (sslMode) p.sslMode = sslMode;
  if (sslMode === 'ENCRYPTED_ONLY' || sslMode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED') p.tlsRequired = true;
  else if (sslMode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED') p.tlsRequired = false;
  else if (isObj(ipc)) p.tlsRequired = requireSsl === true; // requireSsl is false unless set

  const backup = at(settings, 'backupConfiguration');
  const backupOn = bool(at(backup, 'enabled'));
  if (isObj(settings)) p.backupEnabled = backupOn === true;
  if (backupOn !== true && isObj(settings)) p.backupRetentionDays = 0;
  else {
    const retained = num(at(backup, 'backupRetentionSettings', 'retainedBackups'));
    const unit = str(at(backup, 'backupRetentionSettings', 'retentionUnit'));
    // Automated backups are daily, so N retained backups cover N days.
    if (retained !== undefined && (unit === undefined || unit === 'COUNT')) p.backupRetentionDays = retained;
    else unknownProp(d, 'backupRetentionDays', 'backupRetentionSettings is not in the record');
  }
  const pitr = bool(at(backup, 'pointInTimeRecoveryEnabled')) ?? bool(at(backup, 'binaryLogEnabled'));
  if (pitr !== undefined) p.pointInTimeRecovery = pitr;

  const availability = str(at(settings, 'availabilityType'));
  if (availability) p.multiAz = availability === 'REGIONAL';
  const protect = bool(at(settings, 'deletionProtectionEnabled'));
  if (protect !== undefined) p.deletionProtection = protect;

  const kms = str(at(data, 'diskEncryptionConfiguration', 'kmsKeyName'));
  p.encryption = {
    enabled: true,
    keyType: kms ? 'customer-managed' : 'provider',
    ...(kms ? { keyId: kmsKeyName(kms) } : {}),
  };
  relate(d, 'uses-key', kms ? kmsKeyName(kms) : undefined);

  const flags = flagsOf(data);
  p.databaseFlags = flags;
  const on = (name: string) => bool(flags[name]) === true;
  if (p.engine === 'postgres') {
    p.iamAuth = on('cloudsql.iam_authentication');
    p.auditLogging = on('cloudsql.enable_pgaudit');
  } else if (p.engine === 'mysql') {
    p.iamAuth = on('cloudsql_iam_authentication');
    p.auditLogging = on('cloudsql_mysql_audit');
  } else if (p.engine === 'sqlserver') {
    p.auditLogging = str(at(settings, 'sqlServerAuditConfig', 'bucket')) !== undefined;
  }
  const state = str(data.state);
  if (state) p.state = state.toLowerCase();
  const tier = str(at(settings, 'tier'));
  if (tier) p.tier = tier;
  const type = str(data.instanceType);
  if (type) p.instanceType = type;
};

// ---------------------------------------------------------------------------------------------------------------
// Cloud KMS

const cryptoKey = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  p.managedBy = 'customer';
  const period = durationDays(data.rotationPeriod);
  p.rotationEnabled = period !== undefined;
  if (period !== undefined) p.rotationPeriodDays = period;
  const next = str(data.nextRotationTime);
  if (next) p.nextRotationTime = next;
  const state = str(at(data, 'primary', 'state'));
  if (state) p.state = state.toLowerCase();
  const level =
    str(at(data, 'versionTemplate', 'protectionLevel')) ?? str(at(data, 'primary', 'protectionLevel'));
  if (level) p.origin = level;
  const purpose = str(data.purpose);
  if (purpose) p.purpose = purpose;
  const destroyAfter = durationDays(data.destroyScheduledDuration);
  if (destroyAfter !== undefined) p.destroyScheduledDays = destroyAfter;
};

// ---------------------------------------------------------------------------------------------------------------
// GKE

const cluster = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const autopilot = bool(at(data, 'autopilot', 'enabled')) === true;
  p.autopilot = autopilot;
  d.r.service = autopilot ? 'gke-autopilot' : 'gke-standard';
  const version = str(data.currentMasterVersion) ?? str(data.initialClusterVersion);
  if (version) p.version = version;

  const pcc = data.privateClusterConfig;
  const publicEndpoint =
    bool(at(data, 'controlPlaneEndpointsConfig', 'ipEndpointsConfig', 'enablePublicEndpoint')) ??
    !(bool(at(pcc, 'enablePrivateEndpoint')) === true);
  p.endpointPublic = publicEndpoint;
  const man = data.masterAuthorizedNetworksConfig;
  const manOn = bool(at(man, 'enabled')) === true;
  const blocks = objs(at(man, 'cidrBlocks'))
    .map((b) => str(b.cidrBlock))
    .filter((x): x is string => x !== undefined);
  // Without authorized networks a public endpoint accepts connections from any address.
  p.endpointAllowedCidrs = !publicEndpoint ? [] : manOn ? blocks : ['0.0.0.0/0'];
  if (manOn) p.authorizedNetworksPublicGoogleCidrs = bool(at(man, 'gcpPublicCidrsAccessEnabled')) === true;

  const dbe = data.databaseEncryption;
  const keyName = str(at(dbe, 'keyName'));
  // etcd is encrypted by Google regardless; application-layer secrets encryption adds a Cloud KMS key.
  p.secretsEncryption =
    str(at(dbe, 'state')) === 'ENCRYPTED'
      ? { enabled: true, keyType: 'customer-managed', ...(keyName ? { keyId: kmsKeyName(keyName) } : {}) }
      : { enabled: true, keyType: 'provider' };
  relate(d, 'uses-key', str(at(dbe, 'state')) === 'ENCRYPTED' && keyName ? kmsKeyName(keyName) : undefined);

  const components = strs(at(data, 'loggingConfig', 'componentConfig', 'enableComponents'));
  const loggingService = str(data.loggingService);
  if (components.length > 0 || isObj(at(data, 'loggingConfig', 'componentConfig')))
    p.controlPlaneLogging = components;
  else if (loggingService === 'none') p.controlPlaneLogging = [];
  // Cloud Operations for GKE without a component list logs system components and workloads.
  else if (loggingService?.startsWith('logging.googleapis.com'))
    p.controlPlaneLogging = ['SYSTEM_COMPONENTS', 'WORKLOADS'];
  if (loggingService) p.loggingService = loggingService;

  const dataplaneV2 = str(at(data, 'networkConfig', 'datapathProvider')) === 'ADVANCED_DATAPATH';
  p.networkPolicy = autopilot || dataplaneV2 || bool(at(data, 'networkPolicy', 'enabled')) === true;
  // GKE always authorizes with RBAC; legacy ABAC, when on, grants on top of it.
  p.rbac = true;
  p.legacyAbac = bool(at(data, 'legacyAbac', 'enabled')) === true;
  p.privateNodes =
    bool(at(pcc, 'enablePrivateNodes')) ??
    bool(at(data, 'networkConfig', 'defaultEnablePrivateNodes')) ??
    false;
  const pools = objs(data.nodePools);
  p.nodeAutoUpgrade =
    autopilot ||
    (pools.length > 0 && pools.every((pool) => bool(at(pool, 'management', 'autoUpgrade')) === true));
  p.nodeServiceAccounts = uniq(pools.map((pool) => str(at(pool, 'config', 'serviceAccount')) ?? 'default'));
  const shielded = bool(at(data, 'shieldedNodes', 'enabled'));
  if (shielded !== undefined) p.shieldedNodes = shielded;
  const pool = str(at(data, 'workloadIdentityConfig', 'workloadPool'));
  p.workloadIdentity = pool !== undefined;
  const channel = str(at(data, 'releaseChannel', 'channel'));
  if (channel) p.releaseChannel = channel;
  const binauthz = str(at(data, 'binaryAuthorization', 'evaluationMode'));
  if (binauthz) p.binaryAuthorization = binauthz !== 'DISABLED';
  p.clientCertificate =
    bool(at(data, 'masterAuth', 'clientCertificateConfig', 'issueClientCertificate')) === true;

  const project = /\/projects\/([^/]+)/.exec(d.asset.name)?.[1];
  const net =
    str(at(data, 'networkConfig', 'network')) ??
    (str(data.network) && project ? `projects/${project}/global/networks/${str(data.network)}` : undefined);
  const vpc = computeName(net);
  if (vpc) {
    p.vpc = vpc;
    relate(d, 'in-vpc', vpc);
  }
  const subnet = computeName(at(data, 'networkConfig', 'subnetwork'));
  if (subnet) {
    p.subnet = subnet;
    relate(d, 'in-subnet', subnet);
  }
};

// ---------------------------------------------------------------------------------------------------------------
// IAM and Resource Manager

/** The Compute Engine and App Engine default service accounts, which are granted Editor on creation. */
export function isDefaultServiceAccount(email: string): boolean {
  return (
    /^\d+-compute@developer\.gserviceaccount\.com$/.test(email) ||
    /@appspot\.gserviceaccount\.com$/.test(email)
  );
}

const serviceAccount = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  p.type = 'service-account';
  p.consoleAccess = false; // service accounts cannot sign in to the console
  const email = str(data.email);
  if (email) {
    p.email = email;
    p.defaultServiceAccount = isDefaultServiceAccount(email);
    d.r.name = email;
  }
  const uniqueId = str(data.uniqueId);
  if (uniqueId) p.uniqueId = uniqueId;
  p.disabled = bool(data.disabled) === true;
};

const project = (d: Draft, data: Obj): void => {
  const p = d.r.properties;
  const id = str(data.projectId);
  const number =
    str(data.projectNumber) ??
    (num(data.projectNumber) !== undefined ? String(data.projectNumber) : undefined);
  if (id) {
    p.projectId = id;
    d.r.name = id;
  }
  if (number) p.projectNumber = number;
  const state = str(data.lifecycleState) ?? str(data.state);
  if (state) p.state = state.toLowerCase();
  const parent = at(data, 'parent');
  if (isObj(parent) && str(parent.type) && str(parent.id))
    p.parent = `${str(parent.type)}s/${str(parent.id)}`;
  else if (str(parent)) p.parent = str(parent);
};

export const TYPES: Readonly<Record<string, TypeSpec>> = {
  'compute.googleapis.com/Instance': { kind: 'compute.instance', service: 'compute-engine', build: instance },
  'compute.googleapis.com/Firewall': { kind: 'network.security-group', service: 'vpc', build: firewall },
  'compute.googleapis.com/Network': { kind: 'network.vpc', service: 'vpc', build: network },
  'compute.googleapis.com/Subnetwork': { kind: 'network.subnet', service: 'vpc', build: subnetwork },
  'compute.googleapis.com/Disk': { kind: 'storage.volume', service: 'persistent-disk', build: disk },
  'compute.googleapis.com/RegionDisk': { kind: 'storage.volume', service: 'persistent-disk', build: disk },
  'storage.googleapis.com/Bucket': { kind: 'storage.bucket', service: 'cloud-storage', build: bucket },
  'sqladmin.googleapis.com/Instance': { kind: 'database.instance', service: 'cloud-sql', build: sqlInstance },
  'cloudkms.googleapis.com/CryptoKey': { kind: 'crypto.key', service: 'cloud-kms', build: cryptoKey },
  'container.googleapis.com/Cluster': {
    kind: 'compute.container-cluster',
    service: 'gke-standard',
    build: cluster,
  },
  'iam.googleapis.com/ServiceAccount': { kind: 'identity.principal', service: 'iam', build: serviceAccount },
  'cloudresourcemanager.googleapis.com/Project': {
    kind: 'identity.account',
    service: 'resource-manager',
    build: project,
  },
};

/** Types read only to complete others: user-managed keys go to their service account, project metadata to instances. */
export const FOLDED_TYPES = new Set([
  'iam.googleapis.com/ServiceAccountKey',
  'compute.googleapis.com/Project',
]);

/** Types whose IAM policy grants roles in a scope (one `identity.role` per role granted). */
export const SCOPE_TYPES = new Set([
  'cloudresourcemanager.googleapis.com/Project',
  'cloudresourcemanager.googleapis.com/Folder',
  'cloudresourcemanager.googleapis.com/Organization',
]);

/** The resource for one asset of a known type, from whatever the input held about it. */
export function normalizeAsset(asset: Asset, spec: TypeSpec, ctx: GcpContext): Draft {
  const d = newDraft(asset, spec.kind, spec.service, ctx);
  if (asset.data && spec.build) spec.build(d, asset.data, ctx);
  else {
    d.r.unknown.push({ path: '*', reason: NO_DATA });
    const state = str(asset.search?.state);
    if (state) d.r.properties.state = state.toLowerCase();
    // What the asset type alone says.
    if (spec.kind === 'identity.principal')
      Object.assign(d.r.properties, { type: 'service-account', consoleAccess: false });
  }
  if (spec.kind === 'storage.bucket') bucketPublic(d);
  applyIam(d);
  return d;
}

const PRIMITIVE_ROLES = new Set(['roles/owner', 'roles/editor', 'roles/viewer']);

/** One `identity.role` per role granted in a project, folder or organization IAM policy. */
export function scopeRoles(asset: Asset, ctx: GcpContext): Draft[] {
  const out = new Map<string, Draft>();
  for (const b of bindingsOf(asset.iamPolicy)) {
    const id = `${asset.name}#${b.role}`;
    let d = out.get(id);
    if (!d) {
      const at = asset.policyAt ?? { file: asset.file, line: asset.line };
      d = newDraft({ ...asset, ...at }, 'identity.role', 'iam', ctx);
      d.r.id = id;
      d.r.name = b.role;
      delete d.r.region;
      d.r.properties = {};
      d.r.tags = {};
      d.r.raw = { scope: asset.name, role: b.role, bindings: [] as Obj[] };
      const p = d.r.properties;
      p.role = b.role;
      p.scope = asset.name;
      p.members = [];
      p.attachedPolicies = [b.role];
      p.primitive = PRIMITIVE_ROLES.has(b.role);
      p.custom = CUSTOM_ROLE.test(b.role);
      relate(d, 'attached-to', asset.name);
      out.set(id, d);
    }
    const p = d.r.properties;
    p.members = uniq([...(p.members as string[]), ...b.members]);
    (d.r.raw as { bindings: Obj[] }).bindings.push({
      role: b.role,
      members: b.members,
      ...(b.condition ? { condition: b.condition } : {}),
    });
    if (b.condition) {
      const conditional = (p.conditionalMembers as Obj[] | undefined) ?? [];
      conditional.push({ members: b.members, condition: b.condition });
      p.conditionalMembers = conditional;
    }
    p.publicMembers = (p.members as string[]).some((m) => PUBLIC_MEMBERS.has(m));
  }
  return [...out.values()];
}
