import type { NetworkRule, PolicyStatement } from '../../../core/index.js';
import { awsRule, DEFAULT_FLOW_LOG_FORMAT, finishRules, policyStatements, ruleFacts } from '../aws.js';
import { type Draft, type Reader, splitKnown } from '../draft.js';
import { cannedAcl, finishS3Bucket, s3Facts } from '../s3.js';
import { type AttachSpec, enabledFlag, type Finisher, type IacCtx, type PrimarySpec } from '../spec.js';
import { Unknown } from '../value.js';

const BUCKET = ['aws_s3_bucket'];
const bucketName = (d: Draft) => d.facts.bucketName as string | undefined;
const findBucket = (c: IacCtx) => c.target('bucket', BUCKET, bucketName);

function tags(c: IacCtx, d: Draft): void {
  d.tags = { ...c.r.tags('tags_all'), ...c.r.tags('tags') };
  if (d.tags.Name !== undefined) d.name ??= d.tags.Name;
}

function setName(d: Draft, v: string | Unknown | undefined): void {
  if (typeof v === 'string') d.name = v;
}

// ------------------------------------------------------------------------------------------------ S3

function s3Encryption(c: IacCtx, d: Draft, rule: Reader) {
  const by = rule.block('apply_server_side_encryption_by_default');
  if (by instanceof Unknown) return by;
  if (!by) return undefined;
  const alg = by.str('sse_algorithm');
  if (alg instanceof Unknown) return alg;
  if (alg === undefined) return undefined;
  if (alg === 'AES256') return { enabled: true, keyType: 'provider' as const };
  const key = c.ref('kms_master_key_id', d, 'uses-key', by);
  if (key instanceof Unknown) return key;
  // aws:kms without a key id uses the AWS managed key aws/s3.
  return key === undefined
    ? { enabled: true, keyType: 'provider' as const }
    : { enabled: true, keyType: 'customer-managed' as const, keyId: key };
}

function firstRule(c: IacCtx): Reader | Unknown | undefined {
  const rules = c.r.blocks('rule');
  if (rules instanceof Unknown) return rules;
  return rules[0];
}

const s3Bucket: PrimarySpec = {
  provider: 'aws',
  service: 's3',
  kind: 'storage.bucket',
  build(c, d) {
    const f = s3Facts(d);
    const name = c.r.str('bucket');
    setName(d, name);
    if (typeof name === 'string') d.facts.bucketName = name;
    tags(c, d);
    const r = c.r;
    // Arguments of the bucket itself (deprecated in provider v4, still read when written).
    if (c.configured('acl')) f.acl = mapStr(r.str('acl'), cannedAcl);
    if (c.configured('policy')) f.policy = policyStatements(d, r.raw('policy'), 'policy');
    if (c.configured('versioning')) {
      const v = r.block('versioning');
      if (v instanceof Unknown) f.versioning = v;
      else if (v) {
        const on = v.bool('enabled');
        f.versioning = on instanceof Unknown ? on : on ? 'Enabled' : 'Suspended';
        f.mfaDelete = v.bool('mfa_delete');
      }
    }
    if (c.configured('logging')) {
      const l = r.block('logging');
      f.logging = l instanceof Unknown ? l : l !== undefined;
      if (l && !(l instanceof Unknown)) c.ref('target_bucket', d, 'logs-to', l);
    }
    if (c.configured('server_side_encryption_configuration')) {
      const sse = r.block('server_side_encryption_configuration');
      if (sse instanceof Unknown) f.encryption = sse;
      else if (sse) {
        const rule = sse.block('rule');
        f.encryption = rule instanceof Unknown ? rule : rule ? s3Encryption(c, d, rule) : undefined;
      }
    }
    if (c.configured('object_lock_enabled')) f.objectLock = r.bool('object_lock_enabled');
    if (c.configured('object_lock_configuration')) {
      const o = r.block('object_lock_configuration');
      f.objectLock =
        o instanceof Unknown ? o : o ? enabledFlag(o.str('object_lock_enabled') ?? 'Enabled') : undefined;
    }
    if (c.configured('lifecycle_rule')) {
      const l = r.blocks('lifecycle_rule');
      f.lifecycleRules = l instanceof Unknown ? l : l.length;
    }
    if (c.configured('replication_configuration')) {
      const rep = r.block('replication_configuration');
      f.replication = rep instanceof Unknown ? rep : rep !== undefined;
    }
  },
};

function mapStr<T>(v: string | Unknown | undefined, f: (s: string) => T): T | Unknown | undefined {
  return typeof v === 'string' ? f(v) : v;
}

const bucketAttach = (
  fact: string,
  reason: string,
  apply: (c: IacCtx, target: Draft) => void,
): AttachSpec => ({
  targets: BUCKET,
  find: findBucket,
  apply,
  missing: { fact, reason },
});

const s3Attachments: Record<string, AttachSpec> = {
  aws_s3_bucket_public_access_block: bucketAttach(
    'publicAccessBlock',
    'an aws_s3_bucket_public_access_block whose bucket could not be resolved may apply',
    (c, t) => {
      s3Facts(t).publicAccessBlock = {
        blockPublicAcls: c.r.bool('block_public_acls'),
        ignorePublicAcls: c.r.bool('ignore_public_acls'),
        blockPublicPolicy: c.r.bool('block_public_policy'),
        restrictPublicBuckets: c.r.bool('restrict_public_buckets'),
      };
    },
  ),
  aws_s3_bucket_server_side_encryption_configuration: bucketAttach(
    'encryption',
    'an aws_s3_bucket_server_side_encryption_configuration whose bucket could not be resolved may apply',
    (c, t) => {
      const rule = firstRule(c);
      s3Facts(t).encryption = rule instanceof Unknown ? rule : rule ? s3Encryption(c, t, rule) : undefined;
    },
  ),
  aws_s3_bucket_versioning: bucketAttach(
    'versioning',
    'an aws_s3_bucket_versioning whose bucket could not be resolved may apply',
    (c, t) => {
      const v = c.r.block('versioning_configuration');
      const f = s3Facts(t);
      if (v instanceof Unknown) {
        f.versioning = v;
        f.mfaDelete = v;
      } else if (v) {
        f.versioning = v.str('status');
        f.mfaDelete = enabledFlag(v.str('mfa_delete'));
      }
    },
  ),
  aws_s3_bucket_logging: bucketAttach(
    'logging',
    'an aws_s3_bucket_logging whose bucket could not be resolved may apply',
    (c, t) => {
      s3Facts(t).logging = true;
      c.ref('target_bucket', t, 'logs-to');
    },
  ),
  aws_s3_bucket_policy: bucketAttach(
    'policy',
    'an aws_s3_bucket_policy whose bucket could not be resolved may apply',
    (c, t) => {
      s3Facts(t).policy = policyStatements(t, c.r.raw('policy'), 'policy');
    },
  ),
  aws_s3_bucket_acl: bucketAttach(
    'acl',
    'an aws_s3_bucket_acl whose bucket could not be resolved may apply',
    (c, t) => {
      const f = s3Facts(t);
      if (c.configured('acl')) f.acl = mapStr(c.r.str('acl'), cannedAcl);
      const acp = c.configured('access_control_policy') ? c.r.block('access_control_policy') : undefined;
      if (acp instanceof Unknown) f.aclGrants = acp;
      else if (acp) {
        const grants = acp.blocks('grant');
        if (grants instanceof Unknown) f.aclGrants = grants;
        else {
          let read = false;
          let write = false;
          for (const g of grants) {
            const grantee = g.block('grantee');
            if (grantee instanceof Unknown) {
              f.aclGrants = grantee;
              return;
            }
            const uri = grantee?.str('uri');
            if (uri instanceof Unknown) {
              f.aclGrants = uri;
              return;
            }
            if (!uri || !/\/(AllUsers|AuthenticatedUsers)$/.test(uri)) continue;
            const p = g.str('permission');
            if (p instanceof Unknown) {
              f.aclGrants = p;
              return;
            }
            if (p === 'READ' || p === 'FULL_CONTROL') read = true;
            if (p === 'WRITE' || p === 'FULL_CONTROL') write = true;
          }
          f.aclGrants = { read, write };
        }
      }
    },
  ),
  aws_s3_bucket_ownership_controls: bucketAttach(
    'objectOwnership',
    'an aws_s3_bucket_ownership_controls whose bucket could not be resolved may apply',
    (c, t) => {
      const rule = firstRule(c);
      s3Facts(t).objectOwnership = rule instanceof Unknown ? rule : rule?.str('object_ownership');
    },
  ),
  aws_s3_bucket_lifecycle_configuration: bucketAttach(
    'lifecycleRules',
    'an aws_s3_bucket_lifecycle_configuration whose bucket could not be resolved may apply',
    (c, t) => {
      const rules = c.r.blocks('rule');
      s3Facts(t).lifecycleRules = rules instanceof Unknown ? rules : rules.length;
    },
  ),
  aws_s3_bucket_replication_configuration: bucketAttach(
    'replication',
    'an aws_s3_bucket_replication_configuration whose bucket could not be resolved may apply',
    (_c, t) => {
      s3Facts(t).replication = true;
    },
  ),
  aws_s3_bucket_object_lock_configuration: bucketAttach(
    'objectLock',
    'an aws_s3_bucket_object_lock_configuration whose bucket could not be resolved may apply',
    (c, t) => {
      s3Facts(t).objectLock = enabledFlag(c.r.str('object_lock_enabled') ?? 'Enabled');
    },
  ),
};

// ------------------------------------------------------------------------------------------------ network

/** Peers of an inline rule or `aws_security_group_rule`: CIDRs, `sg:<id>`, `prefix-list:<id>`, `self`. */
function sgPeers(
  c: IacCtx,
  d: Draft,
  r: Reader,
  fields: Record<string, string>,
): { peers: string[]; unknown?: Unknown } {
  const peers: string[] = [];
  let unknown: Unknown | undefined;
  for (const [attr, kind] of Object.entries(fields)) {
    if (kind === 'self') {
      const s = r.bool(attr);
      if (s instanceof Unknown) unknown ??= s;
      else if (s) peers.push('self');
      continue;
    }
    const list = c.refs(attr, d, undefined, r);
    if (!list) continue;
    if (list.unknown) unknown ??= list.unknown;
    for (const id of list.ids) peers.push(kind === 'cidr' ? id : `${kind}:${id}`);
  }
  return unknown ? { peers, unknown } : { peers };
}

const INLINE_PEERS = {
  cidr_blocks: 'cidr',
  ipv6_cidr_blocks: 'cidr',
  security_groups: 'sg',
  prefix_list_ids: 'prefix-list',
  self: 'self',
};

function addRule(d: Draft, rule: NetworkRule | Unknown, where: string, peersUnknown?: Unknown): void {
  const f = ruleFacts(d);
  if (rule instanceof Unknown) f.unknown.push(`${where}: ${rule.reason}`);
  else if (rule.peers.length === 0 && peersUnknown)
    f.unknown.push(
      `${where} (${rule.protocol} ${rule.ports.from}-${rule.ports.to}): peers unknown (${peersUnknown.reason})`,
    );
  else {
    f.rules.push(rule);
    if (peersUnknown) f.unknown.push(`${where}: some peers are unknown (${peersUnknown.reason})`);
  }
}

const securityGroup: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'network.security-group',
  build(c, d) {
    setName(d, c.r.str('name'));
    tags(c, d);
    d.facts.groupName = c.r.str('name');
    d.set('isDefault', c.res.type === 'aws_default_security_group');
    d.prop('vpc', c.ref('vpc_id', d, 'in-vpc'), {
      absent: 'vpc_id is not set: the group is in the default VPC of its region',
    });
    const f = ruleFacts(d);
    for (const direction of ['ingress', 'egress'] as const) {
      if (!c.configured(direction)) continue;
      const blocks = c.r.blocks(direction);
      if (blocks instanceof Unknown) {
        f.unknown.push(`${direction}: ${blocks.reason}`);
        continue;
      }
      for (const [i, b] of blocks.entries()) {
        const { peers, unknown } = sgPeers(c, d, b, INLINE_PEERS);
        const rule = awsRule(
          direction,
          b.str('protocol'),
          b.num('from_port'),
          b.num('to_port'),
          peers,
          b.str('description'),
        );
        addRule(d, rule, `${direction}[${i}]`, unknown);
      }
    }
  },
};

const SG = ['aws_security_group', 'aws_default_security_group'];
const findGroup = (c: IacCtx) => c.target('security_group_id', SG);

const sgAttachments: Record<string, AttachSpec> = {
  aws_security_group_rule: {
    targets: SG,
    find: findGroup,
    missing: {
      fact: 'rules',
      reason: 'an aws_security_group_rule whose group could not be resolved may add rules',
    },
    apply(c, t) {
      const type = c.r.str('type');
      if (type instanceof Unknown || (type !== 'ingress' && type !== 'egress')) {
        ruleFacts(t).unknown.push(`${c.res.address}: the rule type is unknown`);
        return;
      }
      const { peers, unknown } = sgPeers(c, t, c.r, {
        cidr_blocks: 'cidr',
        ipv6_cidr_blocks: 'cidr',
        source_security_group_id: 'sg',
        prefix_list_ids: 'prefix-list',
        self: 'self',
      });
      const rule = awsRule(
        type,
        c.r.str('protocol'),
        c.r.num('from_port'),
        c.r.num('to_port'),
        peers,
        c.r.str('description'),
      );
      addRule(t, rule, c.res.address, unknown);
    },
  },
};

for (const direction of ['ingress', 'egress'] as const) {
  sgAttachments[`aws_vpc_security_group_${direction}_rule`] = {
    targets: SG,
    find: findGroup,
    missing: {
      fact: 'rules',
      reason: `an aws_vpc_security_group_${direction}_rule whose group could not be resolved may add rules`,
    },
    apply(c, t) {
      const { peers, unknown } = sgPeers(c, t, c.r, {
        cidr_ipv4: 'cidr',
        cidr_ipv6: 'cidr',
        referenced_security_group_id: 'sg',
        prefix_list_id: 'prefix-list',
      });
      const rule = awsRule(
        direction,
        c.r.str('ip_protocol'),
        c.r.num('from_port'),
        c.r.num('to_port'),
        peers,
        c.r.str('description'),
      );
      addRule(t, rule, c.res.address, unknown);
    },
  };
}

const vpc: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'network.vpc',
  build(c, d) {
    tags(c, d);
    const cidrs = [
      c.r.str('cidr_block'),
      c.configured('ipv6_cidr_block') ? c.r.str('ipv6_cidr_block') : undefined,
    ].filter((x) => x !== undefined);
    const { known, unknown } = splitKnown(cidrs);
    if (unknown && known.length === 0) d.unknownAt('cidrs', unknown.reason);
    else {
      d.set('cidrs', known);
      if (unknown) d.unknownInside('cidrs', unknown.reason);
    }
    d.set('isDefault', c.res.type === 'aws_default_vpc');
  },
};

const subnet: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'network.subnet',
  build(c, d) {
    tags(c, d);
    d.prop('vpc', c.ref('vpc_id', d, 'in-vpc'));
    const cidrs = [c.r.str('cidr_block'), c.r.str('ipv6_cidr_block')].filter((x) => x !== undefined);
    const { known, unknown } = splitKnown(cidrs);
    if (unknown) d.unknownAt('cidrs', unknown.reason);
    else d.set('cidrs', known);
    d.prop('mapPublicIpOnLaunch', c.r.bool('map_public_ip_on_launch'), { default: false });
    d.unknownAt('public', 'whether the subnet routes to an internet gateway is decided by its route table');
  },
};

const finishFlowLogs: Finisher = (d) => {
  if (d.facts.flowLogs === true) d.set('flowLogs', true);
  else d.unknownAt('flowLogs', 'no flow log for it in this configuration; one may be created elsewhere');
};

const flowLog: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'logging.flow-log',
  build(c, d) {
    tags(c, d);
    for (const attr of [
      'vpc_id',
      'subnet_id',
      'eni_id',
      'transit_gateway_id',
      'transit_gateway_attachment_id',
    ]) {
      if (!c.r.has(attr) && c.r.targets(attr).length === 0) continue;
      const target = c.ref(attr, d, 'attached-to');
      d.prop('target', target);
      const t = c.target(attr, ['aws_vpc', 'aws_default_vpc', 'aws_subnet']);
      if (t) t.facts.flowLogs = true;
      break;
    }
    const traffic = c.r.str('traffic_type');
    d.prop('trafficType', typeof traffic === 'string' ? traffic.toLowerCase() : traffic);
    const dest = c.r.has('log_destination')
      ? c.ref('log_destination', d, 'logs-to')
      : c.r.str('log_group_name');
    d.prop('destination', dest, { absent: 'no destination set' });
    d.set('enabled', true);
    d.prop('format', c.configured('log_format') ? c.r.str('log_format') : undefined, {
      default: DEFAULT_FLOW_LOG_FORMAT,
    });
  },
};

// ------------------------------------------------------------------------------------------------ compute

function rootDiskEncryption(c: IacCtx, d: Draft): void {
  const disks: (boolean | Unknown | undefined)[] = [];
  const root = c.r.block('root_block_device');
  if (root instanceof Unknown) disks.push(root);
  else disks.push(root?.bool('encrypted'));
  const ebs = c.r.blocks('ebs_block_device');
  if (ebs instanceof Unknown) disks.push(ebs);
  else for (const b of ebs) disks.push(b.bool('encrypted'));
  const u = disks.find((x) => x instanceof Unknown);
  if (disks.some((x) => x === false)) d.set('disksEncrypted', false);
  else if (u instanceof Unknown) d.unknownAt('disksEncrypted', u.reason);
  else if (disks.some((x) => x === undefined))
    d.unknownAt(
      'disksEncrypted',
      'encrypted is not set for every disk: it follows the AMI snapshot and the account default for EBS encryption',
    );
  else d.set('disksEncrypted', true);
}

const instance: PrimarySpec = {
  provider: 'aws',
  service: 'ec2',
  kind: 'compute.instance',
  build(c, d) {
    tags(c, d);
    const meta = c.r.block('metadata_options');
    const tokens = meta instanceof Unknown ? meta : meta?.str('http_tokens');
    d.prop('metadataTokensRequired', typeof tokens === 'string' ? tokens === 'required' : tokens, {
      absent:
        'metadata_options.http_tokens is not set: IMDSv2 then depends on the AMI and the account default for instance metadata',
    });
    rootDiskEncryption(c, d);
    const pub = c.r.bool('associate_public_ip_address');
    if (typeof pub === 'boolean') d.set('associatePublicIpAddress', pub);
    if (pub === false && !d.facts.eip) d.set('publicIps', []);
    else
      d.unknownAt(
        'publicIps',
        pub === true
          ? 'a public address is assigned at launch'
          : pub instanceof Unknown
            ? pub.reason
            : 'whether a public address is assigned depends on the subnet (associate_public_ip_address not set)',
      );
    const ip = c.r.str('private_ip');
    if (typeof ip === 'string') d.set('privateIps', [ip]);
    const sgs = [
      c.refs('vpc_security_group_ids', d, 'uses-security-group'),
      c.configured('security_groups') ? c.refs('security_groups', d, 'uses-security-group') : undefined,
    ];
    const ids = sgs.flatMap((s) => s?.ids ?? []);
    const unknown = sgs.find((s) => s?.unknown)?.unknown;
    if (ids.length === 0 && unknown) d.unknownAt('securityGroups', unknown.reason);
    else if (ids.length > 0) {
      d.set('securityGroups', ids);
      if (unknown) d.unknownInside('securityGroups', unknown.reason);
    } else
      d.unknownAt('securityGroups', 'no security group set: the default security group of the VPC applies');
    d.prop('subnet', c.ref('subnet_id', d, 'in-subnet'));
    d.prop('image', c.r.str('ami'));
    const profile = c.ref('iam_instance_profile', d);
    if (typeof profile === 'string') d.set('role', profile);
    d.prop('monitoring', c.r.bool('monitoring'), { default: false });
    const type = c.r.str('instance_type');
    if (typeof type === 'string') d.set('instanceType', type);
  },
};

const volume: PrimarySpec = {
  provider: 'aws',
  service: 'ebs',
  kind: 'storage.volume',
  build(c, d) {
    tags(c, d);
    const enc = c.r.bool('encrypted');
    const key = c.ref('kms_key_id', d, 'uses-key');
    if (enc instanceof Unknown) d.unknownAt('encryption', enc.reason);
    else if (enc === false) d.set('encryption', { enabled: false, keyType: 'none' });
    else if (enc === true) {
      if (key instanceof Unknown) d.set('encryption', { enabled: true });
      else
        d.set(
          'encryption',
          key === undefined
            ? { enabled: true, keyType: 'provider' }
            : { enabled: true, keyType: 'customer-managed', keyId: key },
        );
    } else if (c.r.has('snapshot_id'))
      d.unknownAt(
        'encryption',
        'encrypted is not set: the volume follows its snapshot and the account default',
      );
    else
      d.unknownAt(
        'encryption',
        'encrypted is not set: EBS encrypts it only when encryption by default is on for the account and region',
      );
    d.prop('sizeGb', c.r.num('size'));
  },
};

const finishVolume: Finisher = (d, missing) => {
  const att = (d.facts.attachedTo as string[] | undefined) ?? [];
  if (att.length > 0) d.set('attachedTo', att);
  else if (missing.has('attachedTo')) d.unknownAt('attachedTo', missing.get('attachedTo') as string);
  else d.set('attachedTo', []);
};

const volumeAttachment: AttachSpec = {
  targets: ['aws_ebs_volume'],
  find: (c) => c.target('volume_id', ['aws_ebs_volume']),
  missing: {
    fact: 'attachedTo',
    reason: 'an aws_volume_attachment whose volume could not be resolved may apply',
  },
  apply(c, t) {
    const inst = c.ref('instance_id', t, 'attached-to');
    if (typeof inst === 'string') t.factList<string>('attachedTo').push(inst);
  },
};

const eipAttachment = (attr: string): AttachSpec => ({
  targets: ['aws_instance'],
  find: (c) => c.target(attr, ['aws_instance']),
  missing: { fact: 'publicIps', reason: 'an Elastic IP whose instance could not be resolved may apply' },
  apply(_c, t) {
    t.facts.eip = true;
    if (Array.isArray(t.properties.publicIps) && t.properties.publicIps.length === 0)
      t.unknownAt('publicIps', 'an Elastic IP is associated; its address is allocated when applied');
  },
});

// ------------------------------------------------------------------------------------------------ data

const dbInstance: PrimarySpec = {
  provider: 'aws',
  service: 'rds',
  kind: 'database.instance',
  build(c, d) {
    tags(c, d);
    setName(d, c.r.str('identifier'));
    const engine = c.r.str('engine');
    d.prop('engine', engine);
    d.prop('engineVersion', c.r.str('engine_version'));
    d.prop('publiclyAccessible', c.r.bool('publicly_accessible'), { default: false });
    const inherited = c.r.has('replicate_source_db') || c.r.has('snapshot_identifier');
    const aurora = typeof engine === 'string' && engine.startsWith('aurora');
    const enc = c.r.bool('storage_encrypted');
    const key = c.ref('kms_key_id', d, 'uses-key');
    if (enc instanceof Unknown) d.unknownAt('encryption', enc.reason);
    else if (enc === true)
      d.set(
        'encryption',
        typeof key === 'string'
          ? { enabled: true, keyType: 'customer-managed', keyId: key }
          : key instanceof Unknown
            ? { enabled: true }
            : { enabled: true, keyType: 'provider' },
      );
    else if (aurora) d.unknownAt('encryption', 'an Aurora instance is encrypted as its aws_rds_cluster is');
    else if (inherited && enc === undefined)
      d.unknownAt(
        'encryption',
        'storage_encrypted is not set: a replica or restored instance keeps its source encryption',
      );
    else d.set('encryption', { enabled: false, keyType: 'none' });
    d.prop('backupRetentionDays', c.r.num('backup_retention_period'), {
      absent: 'backup_retention_period is not set: the RDS default applies',
    });
    d.prop('multiAz', c.r.bool('multi_az'), { default: false });
    d.prop('deletionProtection', c.r.bool('deletion_protection'), { default: false });
    d.prop('autoMinorVersionUpgrade', c.r.bool('auto_minor_version_upgrade'), { default: true });
    d.prop('iamAuth', c.r.bool('iam_database_authentication_enabled'), { default: false });
    const sgs = c.refs('vpc_security_group_ids', d, 'uses-security-group');
    if (sgs?.unknown && sgs.ids.length === 0) d.unknownAt('securityGroups', sgs.unknown.reason);
    else if (sgs) {
      d.set('securityGroups', sgs.ids);
      if (sgs.unknown) d.unknownInside('securityGroups', sgs.unknown.reason);
    } else
      d.unknownAt(
        'securityGroups',
        'vpc_security_group_ids is not set: the default security group of the VPC applies',
      );
    const logs = c.r.strs('enabled_cloudwatch_logs_exports');
    if (Array.isArray(logs) && logs.includes('audit')) d.set('auditLogging', true);
  },
};

// ------------------------------------------------------------------------------------------------ keys, logs

const kmsKey: PrimarySpec = {
  provider: 'aws',
  service: 'kms',
  kind: 'crypto.key',
  build(c, d) {
    tags(c, d);
    const rot = d.prop('rotationEnabled', c.r.bool('enable_key_rotation'), { default: false });
    if (rot === true) d.prop('rotationPeriodDays', c.r.num('rotation_period_in_days'), { default: 365 });
    const enabled = c.r.bool('is_enabled');
    d.prop('state', typeof enabled === 'boolean' ? (enabled ? 'Enabled' : 'Disabled') : enabled, {
      default: 'Enabled',
    });
    d.set('managedBy', 'customer');
    d.set('origin', c.res.type === 'aws_kms_external_key' ? 'EXTERNAL' : 'AWS_KMS');
    const policy = c.configured('policy') ? policyStatements(d, c.r.raw('policy'), 'policy') : undefined;
    d.prop('policy', policy, {
      absent:
        'no key policy set: KMS applies its default key policy (the account may use IAM to grant access)',
    });
    const spec = c.r.str('customer_master_key_spec') ?? c.r.str('key_spec');
    if (typeof spec === 'string') d.set('keySpec', spec);
  },
};

const cloudtrail: PrimarySpec = {
  provider: 'aws',
  service: 'cloudtrail',
  kind: 'logging.trail',
  build(c, d) {
    tags(c, d);
    setName(d, c.r.str('name'));
    d.prop('multiRegion', c.r.bool('is_multi_region_trail'), { default: false });
    d.prop('logging', c.r.bool('enable_logging'), { default: true });
    d.prop('logFileValidation', c.r.bool('enable_log_file_validation'), { default: false });
    const key = c.ref('kms_key_id', d, 'uses-key');
    if (key instanceof Unknown) d.unknownAt('encryption', key.reason);
    // Without a KMS key, CloudTrail log files are encrypted with SSE-S3.
    else
      d.set(
        'encryption',
        key === undefined
          ? { enabled: true, keyType: 'provider' }
          : { enabled: true, keyType: 'customer-managed', keyId: key },
      );
    const bucket = c.target('s3_bucket_name', BUCKET, bucketName);
    if (bucket) {
      d.set('bucket', bucket.id);
      d.relate('logs-to', bucket.id);
    } else d.prop('bucket', c.r.str('s3_bucket_name'));
    const selectors = c.r.blocks('event_selector');
    const advanced = c.r.blocks('advanced_event_selector');
    if (selectors instanceof Unknown) {
      d.unknownAt('managementEvents', selectors.reason);
      d.unknownAt('dataEvents', selectors.reason);
    } else if (!(advanced instanceof Unknown) && advanced.length > 0) {
      d.unknownAt('managementEvents', 'advanced event selectors are not normalized');
      d.set('dataEvents', true);
    } else if (selectors.length === 0) {
      d.set('managementEvents', true);
      d.set('dataEvents', false);
    } else {
      const mgmt = selectors.map((s) => s.bool('include_management_events') ?? true);
      const u = mgmt.find((x) => x instanceof Unknown);
      if (u instanceof Unknown) d.unknownAt('managementEvents', u.reason);
      else
        d.set(
          'managementEvents',
          mgmt.some((x) => x === true),
        );
      d.set(
        'dataEvents',
        selectors.some((s) => {
          const dr = s.blocks('data_resource');
          return !(dr instanceof Unknown) && dr.length > 0;
        }),
      );
    }
  },
};

// ------------------------------------------------------------------------------------------------ IAM

const findRole = (c: IacCtx, attr = 'role') =>
  c.target(attr, ['aws_iam_role'], (d) => d.facts.roleName as string | undefined);

const iamPolicy: PrimarySpec = {
  provider: 'aws',
  service: 'iam',
  kind: 'identity.policy',
  build(c, d) {
    tags(c, d);
    setName(d, c.r.str('name'));
    d.prop('statements', policyStatements(d, c.r.raw('policy'), 'statements'), {
      absent: 'no policy document set',
    });
    d.set('managedBy', 'customer');
  },
};

const finishAttached: Finisher = (d) => {
  const list = (d.facts.attachedTo as string[] | undefined) ?? [];
  if (list.length > 0) d.set('attachedTo', [...new Set(list)]);
  else
    d.unknownAt(
      'attachedTo',
      'not attached in this configuration; attachments made elsewhere are not visible',
    );
};

const iamRole: PrimarySpec = {
  provider: 'aws',
  service: 'iam',
  kind: 'identity.role',
  build(c, d) {
    tags(c, d);
    const name = c.r.str('name');
    setName(d, name);
    if (typeof name === 'string') d.facts.roleName = name;
    d.prop('trust', policyStatements(d, c.r.raw('assume_role_policy'), 'trust'));
    const inline: PolicyStatement[][] = [];
    if (c.configured('inline_policy')) {
      const blocks = c.r.blocks('inline_policy');
      if (blocks instanceof Unknown) d.unknownInside('inlinePolicies', blocks.reason);
      else
        for (const b of blocks) {
          const s = policyStatements(d, b.raw('policy'), `inlinePolicies[${inline.length}]`);
          if (s instanceof Unknown) d.unknownInside('inlinePolicies', s.reason);
          else if (s) inline.push(s);
        }
    }
    d.facts.inline = inline;
    const attached: string[] = [];
    if (c.configured('managed_policy_arns')) {
      const arns = c.refs('managed_policy_arns', d);
      if (arns) {
        attached.push(...arns.ids);
        if (arns.unknown) d.unknownInside('attachedPolicies', arns.unknown.reason);
      }
    }
    d.facts.attached = attached;
  },
};

const finishRole: Finisher = (d) => {
  d.set('inlinePolicies', (d.facts.inline as PolicyStatement[][] | undefined) ?? []);
  const attached = [...new Set((d.facts.attached as string[] | undefined) ?? [])];
  if (attached.length > 0) d.set('attachedPolicies', attached);
  else if (!d.unknown.some((u) => u.path === 'attachedPolicies'))
    d.unknownAt(
      'attachedPolicies',
      'no policy attached in this configuration; attachments made elsewhere are not visible',
    );
};

const rolePolicy: AttachSpec = {
  targets: ['aws_iam_role'],
  find: (c) => findRole(c),
  missing: {
    fact: 'inlinePolicies',
    reason: 'an aws_iam_role_policy whose role could not be resolved may apply',
  },
  apply(c, t) {
    const inline = t.factList<PolicyStatement[]>('inline');
    const s = policyStatements(t, c.r.raw('policy'), `inlinePolicies[${inline.length}]`);
    if (s instanceof Unknown) t.unknownInside('inlinePolicies', `${c.res.address}: ${s.reason}`);
    else if (s) inline.push(s);
  },
  fallback: {
    provider: 'aws',
    service: 'iam',
    kind: 'identity.policy',
    build(c, d) {
      setName(d, c.r.str('name'));
      d.prop('statements', policyStatements(d, c.r.raw('policy'), 'statements'));
      d.set('managedBy', 'customer');
      const role = c.ref('role', d, 'attached-to');
      if (typeof role === 'string') d.set('attachedTo', [role]);
    },
  },
};

/** `aws_iam_*_policy_attachment`: the policy is attached to a role (or user, group). */
function policyAttachment(principalAttrs: string[]): AttachSpec {
  return {
    targets: ['aws_iam_policy', 'aws_iam_role'],
    find: (c) => c.target('policy_arn', ['aws_iam_policy']) ?? findRole(c),
    missing: {
      fact: 'attachedTo',
      reason: 'a policy attachment whose policy could not be resolved may apply',
    },
    apply(c, t) {
      const policy = c.target('policy_arn', ['aws_iam_policy']);
      const role = principalAttrs.includes('role') ? findRole(c) : undefined;
      const policyId = policy?.id ?? c.r.str('policy_arn');
      if (role && typeof policyId === 'string') role.factList<string>('attached').push(policyId);
      if (!policy) return;
      const list = policy.factList<string>('attachedTo');
      if (role) {
        list.push(role.id);
        policy.relate('attached-to', role.id);
        return;
      }
      for (const attr of principalAttrs) {
        const ids = c.refs(attr, policy, 'attached-to');
        if (ids) list.push(...ids.ids);
      }
      void t;
    },
  };
}

// ------------------------------------------------------------------------------------------------ serverless, containers

const lambda: PrimarySpec = {
  provider: 'aws',
  service: 'lambda',
  kind: 'compute.function',
  build(c, d) {
    tags(c, d);
    setName(d, c.r.str('function_name'));
    const runtime = c.r.str('runtime');
    if (c.r.str('package_type') === 'Image') d.set('runtime', 'container-image');
    else d.prop('runtime', runtime);
    const mgmt = c.r.block('runtime_management_config');
    d.prop('runtimeUpdateMode', mgmt instanceof Unknown ? mgmt : mgmt?.str('update_runtime_on'), {
      default: 'Auto',
    });
    d.prop('role', c.ref('role', d, 'uses-role'));
    const key = c.ref('kms_key_arn', d, 'uses-key');
    if (key instanceof Unknown) d.unknownAt('environmentEncryption', key.reason);
    // Lambda encrypts environment variables at rest with an AWS managed key unless a KMS key is given.
    else
      d.set(
        'environmentEncryption',
        key === undefined
          ? { enabled: true, keyType: 'provider' }
          : { enabled: true, keyType: 'customer-managed', keyId: key },
      );
    const vpcConfig = c.r.block('vpc_config');
    if (vpcConfig instanceof Unknown) d.unknownAt('vpc', vpcConfig.reason);
    else if (vpcConfig) {
      const subnets = c.refs('subnet_ids', d, 'in-subnet', vpcConfig);
      const sgs = c.refs('security_group_ids', d, 'uses-security-group', vpcConfig);
      if (subnets) d.set('subnets', subnets.ids);
      if (sgs) d.set('securityGroups', sgs.ids);
      d.unknownAt('vpc', 'the VPC is the one of the subnets in vpc_config');
    }
  },
};

const finishLambda: Finisher = (d, missing) => {
  const url = d.facts.publicUrl as boolean | Unknown | undefined;
  if (url instanceof Unknown) d.unknownAt('publicUrl', url.reason);
  else if (url !== undefined) d.set('publicUrl', url);
  else if (missing.has('publicUrl')) d.unknownAt('publicUrl', missing.get('publicUrl') as string);
  else d.set('publicUrl', false);
  if (missing.has('policy')) d.unknownAt('policy', missing.get('policy') as string);
  else d.set('policy', (d.facts.policy as PolicyStatement[] | undefined) ?? []);
};

const LAMBDA = ['aws_lambda_function'];
const findFunction = (c: IacCtx) => c.target('function_name', LAMBDA, (d) => d.name);

const lambdaAttachments: Record<string, AttachSpec> = {
  aws_lambda_function_url: {
    targets: LAMBDA,
    find: findFunction,
    missing: { fact: 'publicUrl', reason: 'a function URL whose function could not be resolved may apply' },
    apply(c, t) {
      const auth = c.r.str('authorization_type');
      t.facts.publicUrl = auth instanceof Unknown ? auth : auth === 'NONE';
    },
  },
  aws_lambda_permission: {
    targets: LAMBDA,
    find: findFunction,
    missing: {
      fact: 'policy',
      reason: 'an aws_lambda_permission whose function could not be resolved may apply',
    },
    apply(c, t) {
      const principal = c.r.str('principal');
      const action = c.r.str('action');
      if (principal instanceof Unknown || action instanceof Unknown || !principal || !action) {
        t.unknownInside('policy', `${c.res.address}: the principal or action is unknown`);
        return;
      }
      const p =
        principal === '*'
          ? '*'
          : principal.includes('.amazonaws.com')
            ? `service:${principal}`
            : `aws:${principal}`;
      const st: PolicyStatement = { effect: 'allow', actions: [action], principals: [p] };
      const conditions: Record<string, unknown> = {};
      const arn = c.r.str('source_arn');
      const account = c.r.str('source_account');
      if (arn !== undefined)
        conditions.ArnLike = { 'AWS:SourceArn': arn instanceof Unknown ? '(unknown)' : arn };
      if (account !== undefined)
        conditions.StringEquals = { 'AWS:SourceAccount': account instanceof Unknown ? '(unknown)' : account };
      if (Object.keys(conditions).length > 0) st.conditions = conditions;
      t.factList<PolicyStatement>('policy').push(st);
    },
  },
};

const eks: PrimarySpec = {
  provider: 'aws',
  service: 'eks',
  kind: 'compute.container-cluster',
  build(c, d) {
    tags(c, d);
    setName(d, c.r.str('name'));
    d.prop('version', c.r.str('version'), { absent: 'version is not set: EKS uses its default version' });
    const vc = c.r.block('vpc_config');
    if (vc instanceof Unknown) {
      d.unknownAt('endpointPublic', vc.reason);
      d.unknownAt('endpointAllowedCidrs', vc.reason);
    } else if (vc) {
      const pub = d.prop('endpointPublic', vc.bool('endpoint_public_access'), { default: true });
      if (pub === true) {
        const cidrs = vc.strs('public_access_cidrs');
        if (cidrs instanceof Unknown) d.unknownAt('endpointAllowedCidrs', cidrs.reason);
        else if (cidrs === undefined || cidrs.length === 0) d.set('endpointAllowedCidrs', ['0.0.0.0/0']);
        else {
          const { known, unknown } = splitKnown(cidrs);
          if (unknown) d.unknownAt('endpointAllowedCidrs', unknown.reason);
          else d.set('endpointAllowedCidrs', known);
        }
      } else if (pub === false) d.set('endpointAllowedCidrs', []);
      c.refs('subnet_ids', d, 'in-subnet', vc);
      c.refs('security_group_ids', d, 'uses-security-group', vc);
    }
    const enc = c.r.block('encryption_config');
    if (enc instanceof Unknown) d.unknownAt('secretsEncryption', enc.reason);
    else if (enc) {
      const provider = enc.block('provider');
      const key =
        provider instanceof Unknown
          ? provider
          : provider
            ? c.ref('key_arn', d, 'uses-key', provider)
            : undefined;
      if (key instanceof Unknown) d.set('secretsEncryption', { enabled: true, keyType: 'customer-managed' });
      else
        d.set('secretsEncryption', {
          enabled: true,
          keyType: 'customer-managed',
          ...(key !== undefined ? { keyId: key } : {}),
        });
    } else
      d.unknownAt(
        'secretsEncryption',
        'no encryption_config: envelope encryption with a customer key is off',
      );
    const logs = c.r.strs('enabled_cluster_log_types');
    if (logs instanceof Unknown) d.unknownAt('controlPlaneLogging', logs.reason);
    else d.set('controlPlaneLogging', splitKnown(logs ?? []).known);
    d.set('rbac', true);
  },
};

export const AWS_PRIMARY: Record<string, PrimarySpec> = {
  aws_s3_bucket: s3Bucket,
  aws_security_group: securityGroup,
  aws_default_security_group: securityGroup,
  aws_vpc: vpc,
  aws_default_vpc: vpc,
  aws_subnet: subnet,
  aws_flow_log: flowLog,
  aws_instance: instance,
  aws_ebs_volume: volume,
  aws_db_instance: dbInstance,
  aws_kms_key: kmsKey,
  aws_kms_external_key: kmsKey,
  aws_cloudtrail: cloudtrail,
  aws_iam_policy: iamPolicy,
  aws_iam_role: iamRole,
  aws_lambda_function: lambda,
  aws_eks_cluster: eks,
};

export const AWS_ATTACH: Record<string, AttachSpec> = {
  ...s3Attachments,
  ...sgAttachments,
  ...lambdaAttachments,
  aws_volume_attachment: volumeAttachment,
  aws_eip: eipAttachment('instance'),
  aws_eip_association: eipAttachment('instance_id'),
  aws_iam_role_policy: rolePolicy,
  aws_iam_role_policy_attachment: policyAttachment(['role']),
  aws_iam_user_policy_attachment: policyAttachment(['user']),
  aws_iam_group_policy_attachment: policyAttachment(['group']),
  aws_iam_policy_attachment: policyAttachment(['roles', 'users', 'groups']),
};

export const AWS_FINISH: Record<string, Finisher> = {
  aws_s3_bucket: (d, missing) => finishS3Bucket(d, Object.fromEntries(missing)),
  aws_security_group: finishRules,
  aws_default_security_group: finishRules,
  aws_vpc: finishFlowLogs,
  aws_default_vpc: finishFlowLogs,
  aws_subnet: finishFlowLogs,
  aws_ebs_volume: finishVolume,
  aws_iam_policy: finishAttached,
  aws_iam_role: finishRole,
  aws_lambda_function: finishLambda,
};
