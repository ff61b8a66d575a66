import type { NetworkRule, PolicyStatement } from '../../../core/index.js';
import { type Draft, splitKnown } from '../draft.js';
import { ALL_PORTS, normalizeProtocol, parsePortRange } from '../rules.js';
import type { AttachSpec, Finisher, IacCtx, PrimarySpec } from '../spec.js';
import { Unknown } from '../value.js';

function common(c: IacCtx, d: Draft): void {
  d.tags = c.r.tags('labels');
  const name = c.r.str('name');
  if (typeof name === 'string') d.name = name;
}

const firewall: PrimarySpec = {
  provider: 'gcp',
  service: 'vpc',
  kind: 'network.security-group',
  build(c, d) {
    common(c, d);
    d.set('isDefault', false);
    d.prop('vpc', c.ref('network', d, 'in-vpc'));
    const dir = c.r.str('direction');
    if (dir instanceof Unknown) return d.unknownAt('rules', dir.reason);
    const direction = (dir ?? 'INGRESS').toUpperCase() === 'EGRESS' ? 'egress' : 'ingress';
    const priority = c.r.num('priority') ?? 1000;
    if (priority instanceof Unknown) return d.unknownAt('rules', priority.reason);
    const disabled = c.r.bool('disabled');
    if (disabled instanceof Unknown) return d.unknownAt('rules', disabled.reason);
    const targets: string[] = [];
    for (const [attr, kind] of [
      ['target_tags', 'tag'],
      ['target_service_accounts', 'service-account'],
    ] as const) {
      const list = c.r.strs(attr);
      if (list instanceof Unknown) d.unknownInside('targets', list.reason);
      else for (const t of splitKnown(list ?? []).known) targets.push(`${kind}:${t}`);
    }
    d.set('targets', targets);
    // Peers: for ingress the sources, for egress the destinations; either defaults to anywhere when none is set.
    const peers: string[] = [];
    const peerAttrs =
      direction === 'ingress'
        ? ([
            ['source_ranges', ''],
            ['source_tags', 'tag:'],
            ['source_service_accounts', 'service-account:'],
          ] as const)
        : ([['destination_ranges', '']] as const);
    let anySet = false;
    for (const [attr, prefix] of peerAttrs) {
      const list = c.r.strs(attr);
      if (list instanceof Unknown) return d.unknownAt('rules', `${attr}: ${list.reason}`);
      const { known, unknown } = splitKnown(list ?? []);
      if (unknown) return d.unknownAt('rules', `${attr}: ${unknown.reason}`);
      if (known.length > 0) anySet = true;
      for (const p of known) peers.push(`${prefix}${p}`);
    }
    if (!anySet) peers.push('0.0.0.0/0');
    if (disabled === true) {
      d.set('disabled', true);
      d.set('rules', []);
      return;
    }
    const rules: NetworkRule[] = [];
    for (const action of ['allow', 'deny'] as const) {
      const blocks = c.r.blocks(action);
      if (blocks instanceof Unknown) return d.unknownAt('rules', blocks.reason);
      for (const b of blocks) {
        const proto = b.str('protocol');
        if (proto instanceof Unknown) return d.unknownAt('rules', proto.reason);
        const ports = b.strs('ports');
        if (ports instanceof Unknown) return d.unknownAt('rules', ports.reason);
        const { known, unknown } = splitKnown(ports ?? []);
        if (unknown) return d.unknownAt('rules', unknown.reason);
        const ranges = known.length > 0 ? known.map(parsePortRange) : [{ ...ALL_PORTS }];
        for (const range of ranges) {
          if (!range) return d.unknownAt('rules', 'a port range is not understood');
          rules.push({
            direction,
            action,
            protocol: normalizeProtocol(proto ?? 'all'),
            ports: range,
            peers,
            priority,
          });
        }
      }
    }
    d.set('rules', rules);
  },
};

const READ_ROLES = [
  'roles/storage.objectViewer',
  'roles/storage.legacyObjectReader',
  'roles/storage.legacyBucketReader',
  'roles/storage.objectAdmin',
  'roles/storage.admin',
  'roles/storage.legacyBucketOwner',
  'roles/storage.legacyBucketWriter',
  'roles/storage.objectUser',
];
const WRITE_ROLES = [
  'roles/storage.objectCreator',
  'roles/storage.objectAdmin',
  'roles/storage.admin',
  'roles/storage.legacyBucketWriter',
  'roles/storage.legacyBucketOwner',
  'roles/storage.objectUser',
];
const PUBLIC_MEMBERS = ['allUsers', 'allAuthenticatedUsers'];

interface GcsGrant {
  role: string | Unknown;
  members: (string | Unknown)[];
}

const bucket: PrimarySpec = {
  provider: 'gcp',
  service: 'cloud-storage',
  kind: 'storage.bucket',
  build(c, d) {
    common(c, d);
    d.facts.bucketName = c.r.str('name');
    const pap = c.r.str('public_access_prevention');
    d.facts.pap = pap ?? 'inherited';
    if (pap instanceof Unknown) d.unknownAt('publicAccessBlocked', pap.reason);
    else d.set('publicAccessBlocked', pap === 'enforced');
    d.prop('uniformAccess', c.r.bool('uniform_bucket_level_access'), { default: false });
    const v = c.r.block('versioning');
    d.prop('versioning', v instanceof Unknown ? v : v?.bool('enabled'), { default: false });
    const l = c.r.block('logging');
    d.prop('accessLogging', l instanceof Unknown ? l : l ? true : undefined, { default: false });
    if (l && !(l instanceof Unknown)) c.ref('log_bucket', d, 'logs-to', l);
    const enc = c.r.block('encryption');
    const key =
      enc instanceof Unknown ? enc : enc ? c.ref('default_kms_key_name', d, 'uses-key', enc) : undefined;
    // Cloud Storage always encrypts at rest: Google-managed keys unless a default Cloud KMS key is set.
    if (key instanceof Unknown) d.set('encryption', { enabled: true });
    else
      d.set(
        'encryption',
        key === undefined
          ? { enabled: true, keyType: 'provider' }
          : { enabled: true, keyType: 'customer-managed', keyId: key },
      );
    const retention = c.r.block('retention_policy');
    d.prop('objectLock', retention instanceof Unknown ? retention : retention?.bool('is_locked'), {
      default: false,
    });
    const rules = c.r.blocks('lifecycle_rule');
    d.prop('lifecycleRules', rules instanceof Unknown ? rules : rules.length);
  },
};

const finishBucket: Finisher = (d, missing) => {
  const grants = (d.facts.grants as GcsGrant[] | undefined) ?? [];
  const statements: PolicyStatement[] = [];
  let unknown: string | undefined;
  let read = false;
  let write = false;
  for (const g of grants) {
    const members = splitKnown(g.members);
    if (g.role instanceof Unknown || members.unknown) {
      unknown ??= g.role instanceof Unknown ? g.role.reason : members.unknown?.reason;
      continue;
    }
    statements.push({ effect: 'allow', actions: [g.role], principals: members.known });
    if (members.known.some((m) => PUBLIC_MEMBERS.includes(m))) {
      if (READ_ROLES.includes(g.role)) read = true;
      if (WRITE_ROLES.includes(g.role)) write = true;
    }
  }
  const pap = d.facts.pap as string | Unknown;
  if (missing.has('grants')) d.unknownAt('policy', missing.get('grants') as string);
  else d.set('policy', statements);
  for (const [prop, v] of [
    ['publicRead', read],
    ['publicWrite', write],
  ] as const) {
    if (pap === 'enforced') d.set(prop, false);
    else if (v) d.set(prop, true);
    else if (pap instanceof Unknown) d.unknownAt(prop, pap.reason);
    else if (unknown) d.unknownAt(prop, unknown);
    else if (missing.has('grants')) d.unknownAt(prop, missing.get('grants') as string);
    else d.set(prop, false);
  }
};

const BUCKETS = ['google_storage_bucket'];
const findBucket = (c: IacCtx) =>
  c.target('bucket', BUCKETS, (d) => d.facts.bucketName as string | undefined);

const bucketGrant = (apply: (c: IacCtx) => GcsGrant[]): AttachSpec => ({
  targets: BUCKETS,
  find: findBucket,
  missing: { fact: 'grants', reason: 'an IAM grant whose bucket could not be resolved may apply' },
  apply(c, t) {
    t.factList<GcsGrant>('grants').push(...apply(c));
  },
});

const instance: PrimarySpec = {
  provider: 'gcp',
  service: 'compute-engine',
  kind: 'compute.instance',
  build(c, d) {
    common(c, d);
    // Persistent disks are always encrypted (Google-managed, Cloud KMS or customer-supplied keys).
    d.set('disksEncrypted', true);
    const boot = c.r.block('boot_disk');
    if (boot && !(boot instanceof Unknown)) {
      if (boot.has('disk_encryption_key_raw') || boot.has('disk_encryption_key_rsa'))
        d.set('diskKeyType', 'customer-supplied');
      else if (boot.has('kms_key_self_link')) {
        d.set('diskKeyType', 'customer-managed');
        c.ref('kms_key_self_link', d, 'uses-key', boot);
      } else d.set('diskKeyType', 'provider');
      const params = boot.block('initialize_params');
      if (params && !(params instanceof Unknown)) {
        const image = params.str('image');
        if (typeof image === 'string') d.set('image', image);
      }
    }
    const nics = c.r.blocks('network_interface');
    if (nics instanceof Unknown) d.unknownAt('publicIps', nics.reason);
    else {
      const external = nics.some((n) => {
        const ac = n.blocks('access_config');
        return ac instanceof Unknown || ac.length > 0;
      });
      if (external)
        d.unknownAt('publicIps', 'an access_config gives an external address, assigned when created');
      else d.set('publicIps', []);
      const first = nics[0];
      if (first) {
        const net = c.ref('network', d, 'in-vpc', first);
        if (typeof net === 'string') d.set('vpc', net);
        const sub = c.ref('subnetwork', d, 'in-subnet', first);
        if (typeof sub === 'string') d.set('subnet', sub);
        const ip = first.str('network_ip');
        if (typeof ip === 'string') d.set('privateIps', [ip]);
      }
    }
    const meta = c.r.raw('metadata');
    const metaObj =
      meta && typeof meta === 'object' && !Array.isArray(meta) && !(meta instanceof Unknown) ? meta : {};
    const flag = (key: string): boolean | Unknown | undefined => {
      const v = (metaObj as Record<string, unknown>)[key];
      if (v instanceof Unknown) return v;
      if (v === undefined || v === null) return undefined;
      return String(v).toLowerCase() === 'true' || v === true;
    };
    d.prop('projectSshKeysBlocked', flag('block-project-ssh-keys'), { default: false });
    d.prop('serialConsole', flag('serial-port-enable'), {
      absent: 'serial-port-enable is not set on the instance: project metadata decides',
    });
    const osLogin = flag('enable-oslogin');
    if (typeof osLogin === 'boolean') d.set('osLogin', osLogin);
    const shielded = c.r.block('shielded_instance_config');
    if (shielded instanceof Unknown) d.unknownAt('shieldedVm', shielded.reason);
    else {
      const sb = shielded?.bool('enable_secure_boot') ?? false;
      const vtpm = shielded?.bool('enable_vtpm') ?? true;
      const im = shielded?.bool('enable_integrity_monitoring') ?? true;
      const u = [sb, vtpm, im].find((x) => x instanceof Unknown);
      if (u instanceof Unknown) d.unknownAt('shieldedVm', u.reason);
      else d.set('shieldedVm', sb === true && vtpm === true && im === true);
    }
    const sa = c.r.block('service_account');
    if (sa && !(sa instanceof Unknown)) {
      const email = c.ref('email', d, 'uses-role', sa);
      if (typeof email === 'string') d.set('role', email);
      else if (email === undefined) d.set('role', 'default-compute-service-account');
      const scopes = sa.strs('scopes');
      if (Array.isArray(scopes)) d.set('scopes', splitKnown(scopes).known);
    }
    d.prop('canIpForward', c.r.bool('can_ip_forward'), { default: false });
  },
};

const sqlInstance: PrimarySpec = {
  provider: 'gcp',
  service: 'cloud-sql',
  kind: 'database.instance',
  build(c, d) {
    common(c, d);
    const version = c.r.str('database_version');
    if (typeof version === 'string') {
      const [engine, ...rest] = version.split('_');
      d.set('engine', (engine ?? version).toLowerCase());
      if (rest.length > 0) d.set('engineVersion', rest.join('.'));
    } else if (version instanceof Unknown) d.unknownAt('engine', version.reason);
    d.prop('deletionProtection', c.r.bool('deletion_protection'), { default: true });
    const key = c.ref('encryption_key_name', d, 'uses-key');
    if (key instanceof Unknown) d.set('encryption', { enabled: true, keyType: 'customer-managed' });
    else
      d.set(
        'encryption',
        key === undefined
          ? { enabled: true, keyType: 'provider' }
          : { enabled: true, keyType: 'customer-managed', keyId: key },
      );
    const settings = c.r.block('settings');
    if (settings instanceof Unknown) {
      for (const p of ['publiclyAccessible', 'firewallCidrs', 'tlsRequired', 'multiAz'])
        d.unknownAt(p, settings.reason);
      return;
    }
    const ip = settings?.block('ip_configuration');
    if (ip instanceof Unknown) {
      for (const p of ['publiclyAccessible', 'firewallCidrs', 'tlsRequired']) d.unknownAt(p, ip.reason);
    } else {
      d.prop('publiclyAccessible', ip?.bool('ipv4_enabled'), { default: true });
      const nets = ip?.blocks('authorized_networks') ?? [];
      if (nets instanceof Unknown) d.unknownAt('firewallCidrs', nets.reason);
      else {
        const values = splitKnown(
          nets.map((n) => n.str('value') ?? new Unknown('an authorized network has no value')),
        );
        d.set('firewallCidrs', values.known);
        if (values.unknown) d.unknownInside('firewallCidrs', values.unknown.reason);
      }
      const mode = ip?.str('ssl_mode');
      const require = ip?.bool('require_ssl');
      if (mode instanceof Unknown) d.unknownAt('tlsRequired', mode.reason);
      else if (typeof mode === 'string') d.set('tlsRequired', mode !== 'ALLOW_UNENCRYPTED_AND_ENCRYPTED');
      else d.prop('tlsRequired', require, { default: false });
    }
    const avail = settings?.str('availability_type');
    d.prop('multiAz', typeof avail === 'string' ? avail === 'REGIONAL' : avail, { default: false });
    const backup = settings?.block('backup_configuration');
    if (backup && !(backup instanceof Unknown)) {
      const on = backup.bool('enabled');
      if (on === false) d.set('backupRetentionDays', 0);
    }
    const flags = settings?.blocks('database_flags');
    if (Array.isArray(flags))
      for (const f of flags) {
        const name = f.str('name');
        const value = f.str('value');
        if (name === 'cloudsql.enable_pgaudit' && value === 'on') d.set('auditLogging', true);
      }
  },
};

const kmsKey: PrimarySpec = {
  provider: 'gcp',
  service: 'cloud-kms',
  kind: 'crypto.key',
  build(c, d) {
    common(c, d);
    d.set('managedBy', 'customer');
    const period = c.r.str('rotation_period');
    if (period instanceof Unknown) d.unknownAt('rotationEnabled', period.reason);
    else if (period === undefined) d.set('rotationEnabled', false);
    else {
      const m = /^(\d+(?:\.\d+)?)s$/.exec(period);
      d.set('rotationEnabled', true);
      if (m) d.set('rotationPeriodDays', Number(m[1]) / 86400);
    }
    const purpose = c.r.str('purpose');
    if (typeof purpose === 'string') d.set('purpose', purpose);
    const tmpl = c.r.block('version_template');
    if (tmpl && !(tmpl instanceof Unknown)) {
      const level = tmpl.str('protection_level');
      if (typeof level === 'string') d.set('origin', level);
    }
    c.ref('key_ring', d, 'member-of');
  },
};

export const GCP_PRIMARY: Record<string, PrimarySpec> = {
  google_compute_firewall: firewall,
  google_storage_bucket: bucket,
  google_compute_instance: instance,
  google_sql_database_instance: sqlInstance,
  google_kms_crypto_key: kmsKey,
};

export const GCP_ATTACH: Record<string, AttachSpec> = {
  google_storage_bucket_iam_member: bucketGrant((c) => [
    {
      role: c.r.str('role') ?? new Unknown('no role'),
      members: [c.r.str('member') ?? new Unknown('no member')],
    },
  ]),
  google_storage_bucket_iam_binding: bucketGrant((c) => {
    const members = c.r.strs('members');
    return [
      {
        role: c.r.str('role') ?? new Unknown('no role'),
        members: members instanceof Unknown ? [members] : (members ?? []),
      },
    ];
  }),
  google_storage_bucket_acl: bucketGrant((c) => {
    const out: GcsGrant[] = [];
    const predefined = c.r.str('predefined_acl');
    if (predefined instanceof Unknown) out.push({ role: predefined, members: [] });
    else if (predefined === 'publicRead')
      out.push({ role: 'roles/storage.legacyObjectReader', members: ['allUsers'] });
    else if (predefined === 'publicReadWrite')
      out.push({ role: 'roles/storage.legacyBucketWriter', members: ['allUsers'] });
    const entities = c.r.strs('role_entity');
    if (entities instanceof Unknown) out.push({ role: entities, members: [] });
    else
      for (const e of entities ?? []) {
        if (e instanceof Unknown) {
          out.push({ role: e, members: [] });
          continue;
        }
        const [role, entity] = e.split(':');
        if (!role || !entity) continue;
        out.push({
          role: role === 'READER' ? 'roles/storage.legacyBucketReader' : 'roles/storage.legacyBucketOwner',
          members: [entity],
        });
      }
    return out;
  }),
};

export const GCP_FINISH: Record<string, Finisher> = {
  google_storage_bucket: finishBucket,
};
