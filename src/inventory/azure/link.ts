import { type Draft, type Entry, relate, setProp, unknownProp } from './draft.js';
import { bool, field, type Obj, objs, parentId, prop, rangeToCidrs, refId, str, uniq } from './fields.js';

/**
 * Joins records that describe one another: NIC → public IP / subnet / NSG, VM → NICs, NSG ← what it is
 * attached to, VNet / subnet ← flow logs, SQL server ← firewall rules / auditing / TDE, storage account ← blob
 * service / containers / diagnostic settings, role assignment ↔ role definition. A property that needs a
 * record the input does not hold is left unknown, with the reason.
 *
 * Returns the folded records that had nothing to attach to, by type, for `unknownTypes`.
 */
export function link(drafts: Draft[], folded: Entry[], sawNetworkWatcher: boolean): Record<string, number> {
  const byId = new Map<string, Draft>();
  for (const d of drafts) if (!byId.has(d.r.id)) byId.set(d.r.id, d);
  const ofKind = (kind: string) => drafts.filter((d) => d.r.kind === kind);
  const orphans: Record<string, number> = {};
  const orphan = (type: string, why: string) => {
    const key = `${type} (${why})`;
    orphans[key] = (orphans[key] ?? 0) + 1;
  };
  const foldedOf = (type: string) => folded.filter((e) => e.type === type);

  linkNetwork(byId, ofKind, foldedOf, orphan);
  linkFlowLogs(ofKind, sawNetworkWatcher);
  linkSql(ofKind, byId, foldedOf, orphan);
  linkStorage(ofKind, byId, foldedOf, orphan);
  linkDiagnostics(ofKind, byId, foldedOf, orphan);
  linkRoles(ofKind);
  return orphans;
}

type ById = Map<string, Draft>;
type OfKind = (kind: string) => Draft[];
type FoldedOf = (type: string) => Entry[];
type Orphan = (type: string, why: string) => void;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function list(d: Draft | undefined, key: string): string[] | undefined {
  const v = d?.r.properties[key];
  return Array.isArray(v) ? (v as string[]) : undefined;
}

function linkNetwork(byId: ById, ofKind: OfKind, foldedOf: FoldedOf, orphan: Orphan): void {
  // Public IP id → address (undefined while unallocated).
  const pips = new Map<string, string | undefined>();
  for (const e of foldedOf('microsoft.network/publicipaddresses'))
    pips.set(e.id, str(prop(e.rec, 'ipAddress')));
  const usedPips = new Set<string>();
  // NSG id → what it is attached to, from the NIC and subnet side.
  const attachments = new Map<string, Set<string>>();
  const attach = (nsg: string | undefined, target: string) => {
    if (!nsg) return;
    const set = attachments.get(nsg) ?? new Set<string>();
    set.add(target);
    attachments.set(nsg, set);
  };

  for (const s of ofKind('network.subnet'))
    for (const nsg of list(s, 'securityGroups') ?? []) attach(nsg, s.r.id);

  for (const nic of ofKind('network.interface')) {
    const rec = nic.entry.rec;
    const configs = objs(prop(rec, 'ipConfigurations'));
    const addresses: string[] = [];
    let missing: string | undefined;
    for (const c of configs) {
      const pub = prop(c, 'publicIPAddress');
      if (pub === undefined) continue;
      const embedded = str(prop(pub as Obj, 'ipAddress'));
      const id = refId(pub);
      if (id) usedPips.add(id);
      if (embedded) addresses.push(embedded);
      else if (id && pips.has(id)) {
        const a = pips.get(id);
        if (a) addresses.push(a);
      } else if (id) missing = id;
    }
    if (missing) unknownProp(nic, 'publicIps', `public IP address ${missing} is not in the input`);
    else setProp(nic, 'publicIps', uniq(addresses));

    // Both the NIC's NSG and its subnet's NSG filter the interface's traffic.
    const own = refId(prop(rec, 'networkSecurityGroup'));
    attach(own, nic.r.id);
    const groups = own ? [own] : [];
    let missingSubnet: string | undefined;
    for (const c of configs) {
      const sid = refId(prop(c, 'subnet'));
      if (!sid) continue;
      const sub = byId.get(sid);
      const subGroups = list(sub, 'securityGroups');
      if (subGroups) groups.push(...subGroups);
      else missingSubnet = sid;
    }
    if (missingSubnet)
      unknownProp(
        nic,
        'securityGroups',
        `subnet ${missingSubnet} is not in the input; its NSG also filters this interface`,
      );
    else setProp(nic, 'securityGroups', uniq(groups));
    for (const g of groups) relate(nic, 'uses-security-group', g);
  }

  for (const e of foldedOf('microsoft.network/publicipaddresses')) {
    if (!usedPips.has(e.id)) orphan(e.type, 'not attached to a network interface in the input');
  }

  for (const nsg of ofKind('network.security-group')) {
    const all = uniq([...(list(nsg, 'attachedTo') ?? []), ...(attachments.get(nsg.r.id) ?? [])]);
    nsg.r.properties.attachedTo = all;
    for (const a of all) relate(nsg, 'protects', a);
    const vnets = uniq(
      all
        .map((a) =>
          a.includes('/subnets/') ? parentId(a) : (byId.get(a)?.r.properties.vpc as string | undefined),
        )
        .filter((x): x is string => x !== undefined),
    );
    if (vnets.length === 1) nsg.r.properties.vpc = vnets[0];
  }

  for (const vm of ofKind('compute.instance')) {
    const nicIds = list(vm, 'interfaces');
    if (!nicIds) continue;
    const nics = nicIds.map((id) => ({ id, d: byId.get(id) }));
    const absent = nics.find((n) => !n.d);
    const gather = (key: string) => {
      const out: string[] = [];
      for (const n of nics) {
        const v = list(n.d, key);
        if (!v) return undefined;
        out.push(...v);
      }
      return uniq(out);
    };
    for (const key of ['publicIps', 'privateIps', 'securityGroups']) {
      if (vm.r.properties[key] !== undefined) continue; // `az vm list -d` gave it
      const v = absent ? undefined : gather(key);
      if (v) setProp(vm, key, v);
      else {
        const why = absent
          ? `network interface ${absent.id} is not in the input`
          : `not known for every network interface (${key} of an interface is unknown)`;
        unknownProp(vm, key, why);
      }
    }
    const primaryRef = objs(prop(vm.entry.rec, 'networkProfile', 'networkInterfaces')).find(
      (n) => bool(prop(n, 'primary')) === true,
    );
    const primary = byId.get(refId(primaryRef) ?? nicIds[0] ?? '');
    if (primary) {
      const subnet = primary.r.properties.subnet as string | undefined;
      if (subnet) {
        setProp(vm, 'subnet', subnet);
        setProp(vm, 'vpc', parentId(subnet));
      }
    }
    for (const n of nics) {
      for (const rel of n.d?.r.relations ?? []) {
        if (rel.type === 'in-subnet' || rel.type === 'in-vpc' || rel.type === 'uses-security-group')
          relate(vm, rel.type, rel.target);
      }
      if (n.d && n.d.r.properties.attachedTo === undefined) {
        n.d.r.properties.attachedTo = vm.r.id;
        relate(n.d, 'attached-to', vm.r.id);
      }
    }
    // Encryption at host is a VM setting that covers its disks' caches and temporary disk.
    const atHost = vm.r.properties.encryptionAtHost;
    const disks = [vm.r.properties.osDisk, ...(list(vm, 'dataDisks') ?? [])].filter(
      (x): x is string => typeof x === 'string',
    );
    for (const id of disks) {
      const disk = byId.get(id);
      if (!disk) continue;
      if (atHost !== undefined) setProp(disk, 'encryptionAtHost', atHost);
      relate(disk, 'attached-to', vm.r.id);
    }
  }
}

function linkFlowLogs(ofKind: OfKind, sawNetworkWatcher: boolean): void {
  const logs = ofKind('logging.flow-log');
  const targeted = new Set(
    logs
      .filter((l) => l.r.properties.enabled !== false)
      .map((l) => l.r.properties.target as string | undefined),
  );
  // Flow logs live under network watchers; a watcher or a flow log in the input means flow logs were exported.
  const exported = logs.length > 0 || sawNetworkWatcher;
  const reason = 'no network watcher flow logs in the input (az network watcher flow-log list)';

  const subnetCovered = (s: Draft) =>
    targeted.has(s.r.id) ||
    targeted.has(parentId(s.r.id)) ||
    (list(s, 'securityGroups') ?? []).some((g) => targeted.has(g));
  const subnets = ofKind('network.subnet');
  const subnetsOf = groupBy(subnets, (s) => parentId(s.r.id));
  for (const s of subnets) {
    if (subnetCovered(s)) setProp(s, 'flowLogs', true);
    else if (exported) setProp(s, 'flowLogs', false);
    else unknownProp(s, 'flowLogs', reason);
  }
  for (const v of ofKind('network.vpc')) {
    const own = subnetsOf.get(v.r.id) ?? [];
    if (targeted.has(v.r.id) || (own.length > 0 && own.every(subnetCovered))) setProp(v, 'flowLogs', true);
    else if (exported) setProp(v, 'flowLogs', false);
    else unknownProp(v, 'flowLogs', reason);
  }
  for (const g of ofKind('network.security-group')) {
    if (targeted.has(g.r.id)) g.r.properties.flowLogs = true;
    else if (exported) g.r.properties.flowLogs = false;
  }
}

function linkSql(ofKind: OfKind, byId: ById, foldedOf: FoldedOf, orphan: Orphan): void {
  const servers = ofKind('database.instance').filter((d) => d.r.properties.level === 'server');
  const databases = ofKind('database.instance').filter((d) => d.r.properties.level === 'database');
  const databasesOf = groupBy(databases, (db) => parentId(db.r.id));
  const rules = new Map<string, Entry[]>();
  for (const e of foldedOf('microsoft.sql/servers/firewallrules')) {
    const server = parentId(e.id);
    if (!byId.has(server)) {
      orphan(e.type, 'server not in the input');
      continue;
    }
    const list = rules.get(server);
    if (list) list.push(e);
    else rules.set(server, [e]);
  }
  for (const s of servers) {
    const own = rules.get(s.r.id);
    if (!own) {
      unknownProp(
        s,
        'firewallCidrs',
        'no firewall rules for this server in the input (az sql server firewall-rule list)',
      );
      continue;
    }
    const cidrs: string[] = [];
    const described: Obj[] = [];
    const unreadable: string[] = [];
    let azureServices = false;
    for (const e of own) {
      const start = str(prop(e.rec, 'startIpAddress')) ?? '';
      const end = str(prop(e.rec, 'endIpAddress')) ?? '';
      described.push({ name: str(field(e.rec, 'name')), start, end });
      // 0.0.0.0–0.0.0.0 is "Allow Azure services and resources to access this server" (AllowAllWindowsAzureIps).
      if (start === '0.0.0.0' && end === '0.0.0.0') {
        azureServices = true;
        continue;
      }
      const blocks = rangeToCidrs(start, end);
      if (blocks) cidrs.push(...blocks);
      else unreadable.push(e.id);
    }
    if (unreadable.length > 0)
      unknownProp(s, 'firewallCidrs', `firewall rule ${unreadable.join(', ')} has an unreadable IP range`);
    else setProp(s, 'firewallCidrs', uniq(cidrs));
    s.r.properties.firewallRules = described;
    s.r.properties.allowAzureServices = azureServices;
  }

  const settingOf = (type: string) => {
    const out = new Map<string, Entry>();
    for (const e of foldedOf(type)) {
      const owner = parentId(e.id);
      if (!byId.has(owner)) orphan(e.type, 'owner not in the input');
      else out.set(owner, e);
    }
    return out;
  };
  const audits = settingOf('microsoft.sql/servers/auditingsettings');
  const dbAudits = settingOf('microsoft.sql/servers/databases/auditingsettings');
  const protectors = settingOf('microsoft.sql/servers/encryptionprotector');
  const tde = settingOf('microsoft.sql/servers/databases/transparentdataencryption');

  const stateOn = (e: Entry | undefined) => {
    const s = str(prop(e?.rec ?? {}, 'state'))?.toLowerCase();
    return s === undefined ? undefined : s === 'enabled';
  };
  const keyOf = (server: string) => {
    const e = protectors.get(server);
    if (!e) return undefined;
    const type = str(prop(e.rec, 'serverKeyType'))?.toLowerCase();
    const uri = str(prop(e.rec, 'uri'));
    return type === 'azurekeyvault'
      ? { keyType: 'customer-managed' as const, ...(uri ? { keyId: uri } : {}) }
      : { keyType: 'provider' as const };
  };

  for (const s of servers) {
    const on = stateOn(audits.get(s.r.id));
    if (on !== undefined) setProp(s, 'auditLogging', on);
    else
      unknownProp(
        s,
        'auditLogging',
        'no auditing settings for this server in the input (az sql server audit-policy show)',
      );
    const key = keyOf(s.r.id);
    if (key) s.r.properties.tdeProtector = key.keyType;
    s.r.properties.databases = (databasesOf.get(s.r.id) ?? []).map((db) => db.r.id);
  }

  for (const db of databases) {
    const server = byId.get(parentId(db.r.id));
    for (const key of ['publiclyAccessible', 'firewallCidrs', 'allowAzureServices']) {
      const v = server?.r.properties[key];
      if (v !== undefined) setProp(db, key, v);
      else if (key !== 'allowAzureServices')
        unknownProp(
          db,
          key,
          server ? `not known for server ${server.r.id}` : 'the server is not in the input',
        );
    }
    const audit = stateOn(dbAudits.get(db.r.id));
    const serverAudit = server?.r.properties.auditLogging as boolean | undefined;
    if (audit === true || serverAudit === true) setProp(db, 'auditLogging', true);
    else if (audit === false && serverAudit === false) setProp(db, 'auditLogging', false);
    else
      unknownProp(db, 'auditLogging', 'auditing settings of the database or its server are not in the input');

    const t = stateOn(tde.get(db.r.id));
    const key = keyOf(parentId(db.r.id));
    if (t === true) setProp(db, 'encryption', { enabled: true, ...(key ?? {}) });
    else if (t === false) setProp(db, 'encryption', { enabled: false, keyType: 'none' });
    else
      unknownProp(
        db,
        'encryption',
        'transparent data encryption state is not in the input (az sql db tde show)',
      );
  }

  // The server's data is encrypted when every user database is.
  for (const s of servers) {
    const own = (databasesOf.get(s.r.id) ?? []).filter((db) => db.r.properties.system !== true);
    const states = own.map((db) => db.r.properties.encryption as { enabled: boolean } | undefined);
    if (own.length > 0 && states.every((x) => x !== undefined)) {
      const enabled = states.every((x) => x?.enabled === true);
      setProp(
        s,
        'encryption',
        enabled ? { enabled: true, ...(keyOf(s.r.id) ?? {}) } : { enabled: false, keyType: 'none' },
      );
    } else
      unknownProp(
        s,
        'encryption',
        'encryption is per database; TDE state of its databases is not all in the input',
      );
  }
}

function linkStorage(ofKind: OfKind, byId: ById, foldedOf: FoldedOf, orphan: Orphan): void {
  const accounts = ofKind('storage.bucket');
  for (const e of foldedOf('microsoft.storage/storageaccounts/blobservices')) {
    const account = byId.get(parentId(e.id));
    if (!account) {
      orphan(e.type, 'storage account not in the input');
      continue;
    }
    const versioning = bool(prop(e.rec, 'isVersioningEnabled'));
    setProp(account, 'versioning', versioning ?? false);
    const softDelete = bool(prop(e.rec, 'deleteRetentionPolicy', 'enabled'));
    if (softDelete !== undefined) account.r.properties.blobSoftDelete = softDelete;
  }
  const containers = new Map<string, Entry[]>();
  for (const e of foldedOf('microsoft.storage/storageaccounts/blobservices/containers')) {
    const account = parentId(e.id, 2);
    if (!byId.has(account)) {
      orphan(e.type, 'storage account not in the input');
      continue;
    }
    const list = containers.get(account);
    if (list) list.push(e);
    else containers.set(account, [e]);
  }
  const vaults = new Map<string, string>();
  for (const v of ofKind('crypto.key')) {
    const uri = v.r.properties.vaultUri;
    if (typeof uri === 'string') vaults.set(uri, v.r.id);
  }
  for (const a of accounts) {
    unknownProp(
      a,
      'versioning',
      'blob service properties are not in the input (az storage account blob-service-properties show)',
    );
    const own = containers.get(a.r.id);
    if (own) {
      const open = own
        .filter((c) => {
          const access = str(prop(c.rec, 'publicAccess'))?.toLowerCase();
          return access === 'blob' || access === 'container';
        })
        .map((c) => c.id);
      a.r.properties.publicContainers = open;
      if (a.r.properties.allowBlobPublicAccess === true) setProp(a, 'publicRead', open.length > 0);
    }
    const uri = a.r.properties.keyVaultUri;
    if (typeof uri === 'string') relate(a, 'uses-key', vaults.get(uri));
  }
}

const CONTROL_PLANE_LOGS = [
  'kube-apiserver',
  'kube-audit',
  'kube-audit-admin',
  'kube-controller-manager',
  'kube-scheduler',
  'cluster-autoscaler',
  'cloud-controller-manager',
  'guard',
  'csi-azuredisk-controller',
  'csi-azurefile-controller',
  'csi-snapshot-controller',
];

function linkDiagnostics(ofKind: OfKind, byId: ById, foldedOf: FoldedOf, orphan: Orphan): void {
  const blobLogging = new Map<string, boolean>();
  const clusterLogs = new Map<string, string[]>();
  for (const e of foldedOf('microsoft.insights/diagnosticsettings')) {
    const i = e.id.indexOf('/providers/microsoft.insights/diagnosticsettings/');
    let target = i > 0 ? e.id.slice(0, i) : '';
    // Settings of a sub-service (a storage account's blob service) belong to the resource above it.
    let owner = byId.get(target);
    while (!owner && target.split('/').length > 9) {
      target = parentId(target);
      owner = byId.get(target);
    }
    if (!owner) {
      orphan(e.type, 'resource not in the input');
      continue;
    }
    const logs = objs(prop(e.rec, 'logs')).filter((l) => bool(field(l, 'enabled')) === true);
    const categories = logs
      .map((l) => str(field(l, 'category')) ?? str(field(l, 'categoryGroup')))
      .filter((x): x is string => x !== undefined);
    const destinations = ['workspaceId', 'storageAccountId', 'eventHubAuthorizationRuleId']
      .map((k) => refId(prop(e.rec, k)))
      .filter((x): x is string => x !== undefined);
    for (const dest of destinations) relate(owner, 'logs-to', dest);
    const settings = (owner.r.properties.diagnosticSettings as Obj[] | undefined) ?? [];
    settings.push({ name: str(field(e.rec, 'name')), target: e.id.slice(0, i), categories, destinations });
    owner.r.properties.diagnosticSettings = settings;
    const has = (...names: string[]) => categories.some((c) => names.includes(c.toLowerCase()));

    if (owner.r.kind === 'storage.bucket' && /\/blobservices\/default$/.test(e.id.slice(0, i))) {
      const on = has('storageread', 'storagewrite', 'storagedelete', 'audit', 'alllogs');
      blobLogging.set(owner.r.id, (blobLogging.get(owner.r.id) ?? false) || on);
    }
    if (owner.r.kind === 'compute.container-cluster') {
      const expanded = has('alllogs') ? CONTROL_PLANE_LOGS : categories.map((c) => c.toLowerCase());
      const auditOnly = has('audit') ? ['kube-audit', 'kube-audit-admin', 'guard'] : [];
      clusterLogs.set(
        owner.r.id,
        uniq([
          ...(clusterLogs.get(owner.r.id) ?? []),
          ...expanded.filter((c) => c !== 'audit'),
          ...auditOnly,
        ]),
      );
    }
    if (owner.r.kind === 'crypto.key' && has('auditevent', 'audit', 'alllogs'))
      owner.r.properties.auditLogging = true;
    if (owner.r.kind === 'database.instance' && has('sqlsecurityauditevents', 'audit', 'alllogs'))
      setProp(owner, 'auditLogging', true);
  }
  for (const a of ofKind('storage.bucket')) {
    const on = blobLogging.get(a.r.id);
    if (on !== undefined) setProp(a, 'accessLogging', on);
    else unknownProp(a, 'accessLogging', 'no diagnostic settings for the blob service in the input');
  }
  for (const c of ofKind('compute.container-cluster')) {
    const logs = clusterLogs.get(c.r.id);
    if (logs) setProp(c, 'controlPlaneLogging', logs);
  }
  for (const v of ofKind('crypto.key')) {
    if (
      v.r.properties.vault === true &&
      v.r.properties.auditLogging === undefined &&
      v.r.properties.diagnosticSettings
    )
      v.r.properties.auditLogging = false;
  }
}

function linkRoles(ofKind: OfKind): void {
  const guidOf = (id: string) => id.split('/').pop() ?? id;
  const definitions = new Map<string, Draft>();
  for (const d of ofKind('identity.policy')) definitions.set(guidOf(d.r.id), d);
  const assignments = ofKind('identity.role').filter(
    (d) => d.entry.type === 'microsoft.authorization/roleassignments',
  );
  const attached = new Map<string, string[]>();
  for (const a of assignments) {
    const defId = a.r.properties.roleDefinitionId as string | undefined;
    if (!defId) continue;
    const def = definitions.get(guidOf(defId));
    const target = def?.r.id ?? defId;
    setProp(a, 'attachedPolicies', [target]);
    relate(a, 'uses-role', target);
    if (def) {
      const name = def.r.properties.roleName;
      if (typeof name === 'string') a.r.properties.roleName = name;
      const list = attached.get(def.r.id);
      if (list) list.push(a.r.id);
      else attached.set(def.r.id, [a.r.id]);
      const actions =
        (def.r.properties.statements as { actions?: string[]; conditions?: unknown }[] | undefined) ?? [];
      a.r.properties.fullControl = actions.some((s) => !s.conditions && (s.actions ?? []).includes('*'));
    }
    if (a.r.properties.roleName === undefined)
      unknownProp(a, 'roleName', `role definition ${defId} is not in the input (az role definition list)`);
  }
  for (const d of definitions.values()) {
    if (assignments.length > 0) setProp(d, 'attachedTo', attached.get(d.r.id) ?? []);
    else unknownProp(d, 'attachedTo', 'no role assignments in the input (az role assignment list --all)');
  }
}
