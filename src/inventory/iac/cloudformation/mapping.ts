import type { PolicyStatement } from '../../../core/index.js';
import { awsRule, DEFAULT_FLOW_LOG_FORMAT, finishRules, policyStatements, ruleFacts } from '../aws.js';
import { type Draft, Reader } from '../draft.js';
import type { MappingTables } from '../normalize.js';
import { cannedAcl, finishS3Bucket, s3Facts } from '../s3.js';
import type { AttachSpec, Finisher, IacCtx, PrimarySpec } from '../spec.js';
import { Unknown } from '../value.js';

const BUCKET = ['AWS::S3::Bucket'];
const SG = ['AWS::EC2::SecurityGroup'];
const ROLE = ['AWS::IAM::Role'];
const FUNCTION = ['AWS::Lambda::Function'];

function tags(c: IacCtx, d: Draft): void {
  const list = c.r.blocks('Tags');
  if (list instanceof Unknown) return;
  for (const t of list) {
    const k = t.str('Key');
    const v = t.str('Value');
    if (typeof k === 'string' && typeof v === 'string') d.tags[k] = v;
  }
  if (d.tags.Name !== undefined) d.name ??= d.tags.Name;
}

function name(d: Draft, v: string | Unknown | undefined): void {
  if (typeof v === 'string') d.name = v;
}

/** A `Ref` / `Fn::GetAtt` of a resource of the template (its id), or the literal written. */
function idOrLiteral(c: IacCtx, attr: string, d: Draft, relation?: string, r?: Reader) {
  return c.ref(attr, d, relation, r ?? c.r);
}

function encryptionWithKey(enabled: boolean | Unknown | undefined, key: string | Unknown | undefined) {
  if (enabled instanceof Unknown) return enabled;
  if (enabled === undefined) return undefined;
  if (!enabled) return { enabled: false, keyType: 'none' as const };
  if (key instanceof Unknown) return { enabled: true };
  return key === undefined
    ? { enabled: true, keyType: 'provider' as const }
    : { enabled: true, keyType: 'customer-managed' as const, keyId: key };
}

const bucket: PrimarySpec = {
  provider: 'aws',
  service: 's3',
  kind: 'storage.bucket',
  build(c, d) {
    tags(c, d);
    const f = s3Facts(d);
    const bn = c.r.str('BucketName');
    name(d, bn);
    if (typeof bn === 'string') d.facts.bucketName = bn;
    const acl = c.r.str('AccessControl');
    if (acl !== undefined) f.acl = typeof acl === 'string' ? cannedAcl(acl) : acl;
    const pab = c.r.block('PublicAccessBlockConfiguration');
    if (pab instanceof Unknown)
      f.publicAccessBlock = {
        blockPublicAcls: pab,
        ignorePublicAcls: pab,
        blockPublicPolicy: pab,
        restrictPublicBuckets: pab,
      };
    else if (pab)
      f.publicAccessBlock = {
        blockPublicAcls: pab.bool('BlockPublicAcls'),
        ignorePublicAcls: pab.bool('IgnorePublicAcls'),
        blockPublicPolicy: pab.bool('BlockPublicPolicy'),
        restrictPublicBuckets: pab.bool('RestrictPublicBuckets'),
      };
    const enc = c.r.block('BucketEncryption');
    if (enc instanceof Unknown) f.encryption = enc;
    else if (enc) {
      const rules = enc.blocks('ServerSideEncryptionConfiguration');
      const by = rules instanceof Unknown ? rules : rules[0]?.block('ServerSideEncryptionByDefault');
      if (by instanceof Unknown) f.encryption = by;
      else if (by) {
        const alg = by.str('SSEAlgorithm');
        const key = idOrLiteral(c, 'KMSMasterKeyID', d, 'uses-key', by);
        if (alg instanceof Unknown) f.encryption = alg;
        else if (alg === 'AES256') f.encryption = { enabled: true, keyType: 'provider' };
        else if (key instanceof Unknown) f.encryption = { enabled: true };
        else
          f.encryption =
            key === undefined
              ? { enabled: true, keyType: 'provider' }
              : { enabled: true, keyType: 'customer-managed', keyId: key };
      }
    }
    const ver = c.r.block('VersioningConfiguration');
    if (ver instanceof Unknown) f.versioning = ver;
    else if (ver) f.versioning = ver.str('Status');
    const log = c.r.block('LoggingConfiguration');
    if (log instanceof Unknown) f.logging = log;
    else if (log) {
      f.logging = true;
      idOrLiteral(c, 'DestinationBucketName', d, 'logs-to', log);
    }
    f.objectLock = c.r.bool('ObjectLockEnabled');
    const lc = c.r.block('LifecycleConfiguration');
    if (lc instanceof Unknown) f.lifecycleRules = lc;
    else if (lc) {
      const rules = lc.blocks('Rules');
      f.lifecycleRules = rules instanceof Unknown ? rules : rules.length;
    }
    if (c.r.has('ReplicationConfiguration')) f.replication = true;
    const own = c.r.block('OwnershipControls');
    if (own instanceof Unknown) f.objectOwnership = own;
    else if (own) {
      const rules = own.blocks('Rules');
      f.objectOwnership = rules instanceof Unknown ? rules : rules[0]?.str('ObjectOwnership');
    }
  },
};

const bucketPolicy: AttachSpec = {
  targets: BUCKET,
  find: (c) => c.target('Bucket', BUCKET, (d) => d.facts.bucketName as string | undefined),
  missing: {
    fact: 'policy',
    reason: 'an AWS::S3::BucketPolicy whose bucket could not be resolved may apply',
  },
  apply(c, t) {
    s3Facts(t).policy = policyStatements(t, c.r.raw('PolicyDocument'), 'policy');
  },
};

function sgRule(c: IacCtx, d: Draft, r: Reader, direction: 'ingress' | 'egress', where: string): void {
  const f = ruleFacts(d);
  const peers: string[] = [];
  let unknown: Unknown | undefined;
  const fields: [string, string][] =
    direction === 'ingress'
      ? [
          ['CidrIp', ''],
          ['CidrIpv6', ''],
          ['SourceSecurityGroupId', 'sg:'],
          ['SourceSecurityGroupName', 'sg:'],
          ['SourcePrefixListId', 'prefix-list:'],
        ]
      : [
          ['CidrIp', ''],
          ['CidrIpv6', ''],
          ['DestinationSecurityGroupId', 'sg:'],
          ['DestinationPrefixListId', 'prefix-list:'],
        ];
  for (const [attr, prefix] of fields) {
    if (!r.has(attr)) continue;
    const v = c.ref(attr, d, undefined, r);
    if (v instanceof Unknown) unknown ??= v;
    else if (v !== undefined) peers.push(`${prefix}${v}`);
  }
  const rule = awsRule(
    direction,
    r.str('IpProtocol'),
    r.num('FromPort'),
    r.num('ToPort'),
    peers,
    r.str('Description'),
  );
  if (rule instanceof Unknown) f.unknown.push(`${where}: ${rule.reason}`);
  else if (peers.length === 0 && unknown) f.unknown.push(`${where}: peers unknown (${unknown.reason})`);
  else f.rules.push(rule);
}

const securityGroup: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'network.security-group',
  build(c, d) {
    tags(c, d);
    const gn = c.r.str('GroupName');
    name(d, gn);
    d.facts.groupName = gn;
    d.set('isDefault', false);
    d.prop('vpc', idOrLiteral(c, 'VpcId', d, 'in-vpc'), {
      absent: 'VpcId is not set: the default VPC of the region',
    });
    for (const [attr, direction] of [
      ['SecurityGroupIngress', 'ingress'],
      ['SecurityGroupEgress', 'egress'],
    ] as const) {
      const rules = c.r.blocks(attr);
      if (rules instanceof Unknown) ruleFacts(d).unknown.push(`${attr}: ${rules.reason}`);
      else for (const [i, r] of rules.entries()) sgRule(c, d, r, direction, `${attr}[${i}]`);
    }
    // Without egress rules, EC2 keeps the default rule allowing all outbound IPv4 traffic.
    if (!c.r.has('SecurityGroupEgress'))
      ruleFacts(d).rules.push({
        direction: 'egress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
        description: 'default egress rule',
      });
  },
};

const sgRuleResource = (direction: 'ingress' | 'egress'): AttachSpec => ({
  targets: SG,
  find: (c) =>
    c.target('GroupId', SG) ?? c.target('GroupName', SG, (d) => d.facts.groupName as string | undefined),
  missing: {
    fact: 'rules',
    reason: `a security group ${direction} rule whose group could not be resolved may add rules`,
  },
  apply(c, t) {
    sgRule(c, t, c.r, direction, c.res.address);
  },
});

const instance: PrimarySpec = {
  provider: 'aws',
  service: 'ec2',
  kind: 'compute.instance',
  build(c, d) {
    tags(c, d);
    d.prop('image', c.r.str('ImageId'));
    const type = c.r.str('InstanceType');
    if (typeof type === 'string') d.set('instanceType', type);
    const disks: (boolean | Unknown | undefined)[] = [];
    const bdm = c.r.blocks('BlockDeviceMappings');
    if (bdm instanceof Unknown) disks.push(bdm);
    else
      for (const m of bdm) {
        const ebs = m.block('Ebs');
        disks.push(ebs instanceof Unknown ? ebs : ebs?.bool('Encrypted'));
      }
    if (disks.some((x) => x === false)) d.set('disksEncrypted', false);
    else if (disks.some((x) => x instanceof Unknown))
      d.unknownAt('disksEncrypted', (disks.find((x) => x instanceof Unknown) as Unknown).reason);
    else if (disks.length > 0 && disks.every((x) => x === true)) d.set('disksEncrypted', true);
    else
      d.unknownAt(
        'disksEncrypted',
        'Encrypted is not set for every volume: it follows the AMI snapshot and the account default for EBS encryption',
      );
    // Instance metadata options are set through a launch template in CloudFormation.
    const ltRef = c.r.block('LaunchTemplate');
    const ltId =
      ltRef instanceof Unknown || !ltRef
        ? undefined
        : [...ltRef.targets('LaunchTemplateId'), ...ltRef.targets('LaunchTemplateName')][0];
    const lt = ltId ? c.all.get(ltId) : undefined;
    let tokens: string | Unknown | undefined;
    if (lt) {
      const data = new Reader(lt.attrs).block('LaunchTemplateData');
      const meta = data instanceof Unknown ? data : data?.block('MetadataOptions');
      tokens = meta instanceof Unknown ? meta : meta?.str('HttpTokens');
    } else if (ltRef) tokens = new Unknown('the launch template is not in this template');
    d.prop('metadataTokensRequired', typeof tokens === 'string' ? tokens === 'required' : tokens, {
      absent:
        'no launch template sets MetadataOptions.HttpTokens: IMDSv2 depends on the AMI and the account default',
    });
    const sgs = [
      c.refs('SecurityGroupIds', d, 'uses-security-group'),
      c.refs('SecurityGroups', d, 'uses-security-group'),
    ];
    const nics = c.r.blocks('NetworkInterfaces');
    let publicIp: boolean | Unknown | undefined;
    if (!(nics instanceof Unknown))
      for (const n of nics) {
        sgs.push(c.refs('GroupSet', d, 'uses-security-group', n));
        const p = n.bool('AssociatePublicIpAddress');
        if (p !== undefined) publicIp = p;
        const sub = idOrLiteral(c, 'SubnetId', d, 'in-subnet', n);
        if (typeof sub === 'string') d.set('subnet', sub);
      }
    const ids = sgs.flatMap((s) => s?.ids ?? []);
    if (ids.length > 0) d.set('securityGroups', [...new Set(ids)]);
    else
      d.unknownAt('securityGroups', 'no security group set: the default security group of the VPC applies');
    if (c.r.has('SubnetId')) d.prop('subnet', idOrLiteral(c, 'SubnetId', d, 'in-subnet'));
    if (publicIp === false) d.set('publicIps', []);
    else
      d.unknownAt(
        'publicIps',
        publicIp === true ? 'a public address is assigned at launch' : 'depends on the subnet',
      );
    d.prop('monitoring', c.r.bool('Monitoring'), { default: false });
    const profile = idOrLiteral(c, 'IamInstanceProfile', d);
    if (typeof profile === 'string') d.set('role', profile);
  },
};

const volume: PrimarySpec = {
  provider: 'aws',
  service: 'ebs',
  kind: 'storage.volume',
  build(c, d) {
    tags(c, d);
    const enc = encryptionWithKey(c.r.bool('Encrypted'), idOrLiteral(c, 'KmsKeyId', d, 'uses-key'));
    d.prop('encryption', enc, {
      absent: c.r.has('SnapshotId')
        ? 'Encrypted is not set: the volume follows its snapshot and the account default'
        : 'Encrypted is not set: EBS encrypts it only when encryption by default is on for the account and region',
    });
    d.prop('sizeGb', c.r.num('Size'));
  },
};

const finishVolume: Finisher = (d, missing) => {
  const att = (d.facts.attachedTo as string[] | undefined) ?? [];
  if (att.length > 0) d.set('attachedTo', att);
  else if (missing.has('attachedTo')) d.unknownAt('attachedTo', missing.get('attachedTo') as string);
  else d.set('attachedTo', []);
};

const dbInstance: PrimarySpec = {
  provider: 'aws',
  service: 'rds',
  kind: 'database.instance',
  build(c, d) {
    tags(c, d);
    name(d, c.r.str('DBInstanceIdentifier'));
    const engine = c.r.str('Engine');
    d.prop('engine', engine);
    d.prop('engineVersion', c.r.str('EngineVersion'));
    d.prop('publiclyAccessible', c.r.bool('PubliclyAccessible'), {
      absent: 'PubliclyAccessible is not set: the default depends on the VPC and the DB subnet group',
    });
    const inherited = c.r.has('DBSnapshotIdentifier') || c.r.has('SourceDBInstanceIdentifier');
    const aurora = typeof engine === 'string' && engine.startsWith('aurora');
    const enc = c.r.bool('StorageEncrypted');
    const key = idOrLiteral(c, 'KmsKeyId', d, 'uses-key');
    if (enc === undefined && (aurora || inherited))
      d.unknownAt('encryption', 'StorageEncrypted is not set: the cluster or the source decides');
    else d.prop('encryption', encryptionWithKey(enc ?? false, key));
    d.prop('backupRetentionDays', c.r.num('BackupRetentionPeriod'), { default: 1 });
    d.prop('multiAz', c.r.bool('MultiAZ'), { default: false });
    d.prop('deletionProtection', c.r.bool('DeletionProtection'), { default: false });
    d.prop('autoMinorVersionUpgrade', c.r.bool('AutoMinorVersionUpgrade'), { default: true });
    d.prop('iamAuth', c.r.bool('EnableIAMDatabaseAuthentication'), { default: false });
    const sgs = c.refs('VPCSecurityGroups', d, 'uses-security-group');
    if (sgs) d.set('securityGroups', sgs.ids);
  },
};

const kmsKey: PrimarySpec = {
  provider: 'aws',
  service: 'kms',
  kind: 'crypto.key',
  build(c, d) {
    tags(c, d);
    const rot = d.prop('rotationEnabled', c.r.bool('EnableKeyRotation'), { default: false });
    if (rot === true) d.prop('rotationPeriodDays', c.r.num('RotationPeriodInDays'), { default: 365 });
    const enabled = c.r.bool('Enabled');
    d.prop('state', typeof enabled === 'boolean' ? (enabled ? 'Enabled' : 'Disabled') : enabled, {
      default: 'Enabled',
    });
    d.set('managedBy', 'customer');
    d.prop('origin', c.r.str('Origin'), { default: 'AWS_KMS' });
    d.prop('policy', policyStatements(d, c.r.raw('KeyPolicy'), 'policy'), {
      absent: 'no KeyPolicy set: KMS applies its default key policy',
    });
    const spec = c.r.str('KeySpec');
    if (typeof spec === 'string') d.set('keySpec', spec);
  },
};

const trail: PrimarySpec = {
  provider: 'aws',
  service: 'cloudtrail',
  kind: 'logging.trail',
  build(c, d) {
    tags(c, d);
    name(d, c.r.str('TrailName'));
    d.prop('multiRegion', c.r.bool('IsMultiRegionTrail'), { default: false });
    d.prop('logging', c.r.bool('IsLogging'));
    d.prop('logFileValidation', c.r.bool('EnableLogFileValidation'), { default: false });
    const key = idOrLiteral(c, 'KMSKeyId', d, 'uses-key');
    if (key instanceof Unknown) d.set('encryption', { enabled: true, keyType: 'customer-managed' });
    else
      d.set(
        'encryption',
        key === undefined
          ? { enabled: true, keyType: 'provider' }
          : { enabled: true, keyType: 'customer-managed', keyId: key },
      );
    const b = c.target('S3BucketName', BUCKET, (x) => x.facts.bucketName as string | undefined);
    if (b) {
      d.set('bucket', b.id);
      d.relate('logs-to', b.id);
    } else d.prop('bucket', c.r.str('S3BucketName'));
    const sel = c.r.blocks('EventSelectors');
    const adv = c.r.blocks('AdvancedEventSelectors');
    if (sel instanceof Unknown) {
      d.unknownAt('managementEvents', sel.reason);
      d.unknownAt('dataEvents', sel.reason);
    } else if (!(adv instanceof Unknown) && adv.length > 0) {
      d.unknownAt('managementEvents', 'advanced event selectors are not normalized');
      d.set('dataEvents', true);
    } else if (sel.length === 0) {
      d.set('managementEvents', true);
      d.set('dataEvents', false);
    } else {
      d.set(
        'managementEvents',
        sel.some((s) => (s.bool('IncludeManagementEvents') ?? true) === true),
      );
      d.set(
        'dataEvents',
        sel.some((s) => {
          const dr = s.blocks('DataResources');
          return !(dr instanceof Unknown) && dr.length > 0;
        }),
      );
    }
  },
};

const vpc: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'network.vpc',
  build(c, d) {
    tags(c, d);
    const cidr = c.r.str('CidrBlock');
    if (typeof cidr === 'string') d.set('cidrs', [cidr]);
    else if (cidr instanceof Unknown) d.unknownAt('cidrs', cidr.reason);
    else d.unknownAt('cidrs', 'the CIDR comes from an IPAM pool');
    d.set('isDefault', false);
  },
};

const subnet: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'network.subnet',
  build(c, d) {
    tags(c, d);
    d.prop('vpc', idOrLiteral(c, 'VpcId', d, 'in-vpc'));
    const cidr = c.r.str('CidrBlock');
    d.prop('cidrs', typeof cidr === 'string' ? [cidr] : cidr);
    d.prop('mapPublicIpOnLaunch', c.r.bool('MapPublicIpOnLaunch'), { default: false });
    d.unknownAt('public', 'whether the subnet routes to an internet gateway is decided by its route table');
  },
};

const finishFlowLogs: Finisher = (d) => {
  if (d.facts.flowLogs === true) d.set('flowLogs', true);
  else d.unknownAt('flowLogs', 'no flow log for it in this template; one may be created elsewhere');
};

const flowLog: PrimarySpec = {
  provider: 'aws',
  service: 'vpc',
  kind: 'logging.flow-log',
  build(c, d) {
    tags(c, d);
    d.prop('target', idOrLiteral(c, 'ResourceId', d, 'attached-to'));
    const t = c.target('ResourceId', ['AWS::EC2::VPC', 'AWS::EC2::Subnet']);
    if (t) t.facts.flowLogs = true;
    const traffic = c.r.str('TrafficType');
    d.prop('trafficType', typeof traffic === 'string' ? traffic.toLowerCase() : traffic, {
      absent: 'TrafficType is not set',
    });
    const dest = c.r.has('LogDestination')
      ? idOrLiteral(c, 'LogDestination', d, 'logs-to')
      : c.r.str('LogGroupName');
    d.prop('destination', dest);
    d.set('enabled', true);
    d.prop('format', c.r.str('LogFormat'), { default: DEFAULT_FLOW_LOG_FORMAT });
  },
};

const managedPolicy: PrimarySpec = {
  provider: 'aws',
  service: 'iam',
  kind: 'identity.policy',
  build(c, d) {
    name(d, c.r.str('ManagedPolicyName') ?? c.r.str('PolicyName'));
    d.prop('statements', policyStatements(d, c.r.raw('PolicyDocument'), 'statements'));
    d.set('managedBy', 'customer');
    const attached: string[] = [];
    for (const attr of ['Roles', 'Users', 'Groups']) {
      const ids = c.refs(attr, d, 'attached-to');
      if (ids) attached.push(...ids.ids);
      for (const id of ids?.ids ?? []) {
        const role = c.drafts.get(id);
        if (role?.type === 'AWS::IAM::Role') role.factList<string>('attached').push(d.id);
      }
    }
    if (attached.length > 0) d.set('attachedTo', attached);
    else
      d.unknownAt('attachedTo', 'not attached in this template; attachments made elsewhere are not visible');
  },
};

const role: PrimarySpec = {
  provider: 'aws',
  service: 'iam',
  kind: 'identity.role',
  build(c, d) {
    tags(c, d);
    const rn = c.r.str('RoleName');
    name(d, rn);
    if (typeof rn === 'string') d.facts.roleName = rn;
    d.prop('trust', policyStatements(d, c.r.raw('AssumeRolePolicyDocument'), 'trust'));
    const inline: PolicyStatement[][] = [];
    const policies = c.r.blocks('Policies');
    if (policies instanceof Unknown) d.unknownInside('inlinePolicies', policies.reason);
    else
      for (const p of policies) {
        const s = policyStatements(d, p.raw('PolicyDocument'), `inlinePolicies[${inline.length}]`);
        if (s instanceof Unknown) d.unknownInside('inlinePolicies', s.reason);
        else if (s) inline.push(s);
      }
    d.facts.inline = inline;
    const arns = c.refs('ManagedPolicyArns', d);
    d.facts.attached = [...(arns?.ids ?? [])];
  },
};

const finishRole: Finisher = (d) => {
  d.set('inlinePolicies', (d.facts.inline as PolicyStatement[][] | undefined) ?? []);
  const attached = [...new Set((d.facts.attached as string[] | undefined) ?? [])];
  if (attached.length > 0) d.set('attachedPolicies', attached);
  else d.unknownAt('attachedPolicies', 'no managed policy attached in this template');
};

/** AWS::IAM::Policy is an inline policy of the roles (users, groups) it lists. */
const inlinePolicy: AttachSpec = {
  targets: ROLE,
  find: (c) => c.target('Roles', ROLE, (d) => d.facts.roleName as string | undefined),
  missing: {
    fact: 'inlinePolicies',
    reason: 'an AWS::IAM::Policy whose roles could not be resolved may apply',
  },
  apply(c, first) {
    const roles = new Set([first, ...c.r.targets('Roles').map((id) => c.drafts.get(id))]);
    for (const t of roles) {
      if (t?.type !== 'AWS::IAM::Role') continue;
      const inline = t.factList<PolicyStatement[]>('inline');
      const s = policyStatements(t, c.r.raw('PolicyDocument'), `inlinePolicies[${inline.length}]`);
      if (s instanceof Unknown) t.unknownInside('inlinePolicies', `${c.res.address}: ${s.reason}`);
      else if (s) inline.push(s);
    }
  },
  fallback: {
    provider: 'aws',
    service: 'iam',
    kind: 'identity.policy',
    build(c, d) {
      name(d, c.r.str('PolicyName'));
      d.prop('statements', policyStatements(d, c.r.raw('PolicyDocument'), 'statements'));
      d.set('managedBy', 'customer');
      const to = [
        c.refs('Roles', d, 'attached-to'),
        c.refs('Users', d, 'attached-to'),
        c.refs('Groups', d, 'attached-to'),
      ];
      const ids = to.flatMap((x) => x?.ids ?? []);
      if (ids.length > 0) d.set('attachedTo', ids);
    },
  },
};

const lambda: PrimarySpec = {
  provider: 'aws',
  service: 'lambda',
  kind: 'compute.function',
  build(c, d) {
    tags(c, d);
    name(d, c.r.str('FunctionName'));
    if (c.r.str('PackageType') === 'Image') d.set('runtime', 'container-image');
    else d.prop('runtime', c.r.str('Runtime'));
    const mgmt = c.r.block('RuntimeManagementConfig');
    d.prop('runtimeUpdateMode', mgmt instanceof Unknown ? mgmt : mgmt?.str('UpdateRuntimeOn'), {
      default: 'Auto',
    });
    d.prop('role', idOrLiteral(c, 'Role', d, 'uses-role'));
    const key = idOrLiteral(c, 'KmsKeyArn', d, 'uses-key');
    if (key instanceof Unknown)
      d.set('environmentEncryption', { enabled: true, keyType: 'customer-managed' });
    else
      d.set(
        'environmentEncryption',
        key === undefined
          ? { enabled: true, keyType: 'provider' }
          : { enabled: true, keyType: 'customer-managed', keyId: key },
      );
    const vc = c.r.block('VpcConfig');
    if (vc && !(vc instanceof Unknown)) {
      const subnets = c.refs('SubnetIds', d, 'in-subnet', vc);
      if (subnets) d.set('subnets', subnets.ids);
      const sgs = c.refs('SecurityGroupIds', d, 'uses-security-group', vc);
      if (sgs) d.set('securityGroups', sgs.ids);
      d.unknownAt('vpc', 'the VPC is the one of the subnets in VpcConfig');
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

const findFunction = (attr: string) => (c: IacCtx) => c.target(attr, FUNCTION, (d) => d.name);

export const CFN_TABLES: MappingTables = {
  primary: {
    'AWS::S3::Bucket': bucket,
    'AWS::EC2::SecurityGroup': securityGroup,
    'AWS::EC2::Instance': instance,
    'AWS::EC2::Volume': volume,
    'AWS::RDS::DBInstance': dbInstance,
    'AWS::KMS::Key': kmsKey,
    'AWS::CloudTrail::Trail': trail,
    'AWS::IAM::ManagedPolicy': managedPolicy,
    'AWS::IAM::Role': role,
    'AWS::Lambda::Function': lambda,
    'AWS::EC2::FlowLog': flowLog,
    'AWS::EC2::VPC': vpc,
    'AWS::EC2::Subnet': subnet,
  },
  attach: {
    'AWS::S3::BucketPolicy': bucketPolicy,
    'AWS::EC2::SecurityGroupIngress': sgRuleResource('ingress'),
    'AWS::EC2::SecurityGroupEgress': sgRuleResource('egress'),
    'AWS::IAM::Policy': inlinePolicy,
    'AWS::EC2::VolumeAttachment': {
      targets: ['AWS::EC2::Volume'],
      find: (c) => c.target('VolumeId', ['AWS::EC2::Volume']),
      missing: {
        fact: 'attachedTo',
        reason: 'a volume attachment whose volume could not be resolved may apply',
      },
      apply(c, t) {
        const inst = idOrLiteral(c, 'InstanceId', t, 'attached-to');
        if (typeof inst === 'string') t.factList<string>('attachedTo').push(inst);
      },
    },
    'AWS::Lambda::Url': {
      targets: FUNCTION,
      find: findFunction('TargetFunctionArn'),
      missing: { fact: 'publicUrl', reason: 'a function URL whose function could not be resolved may apply' },
      apply(c, t) {
        const auth = c.r.str('AuthType');
        t.facts.publicUrl = auth instanceof Unknown ? auth : auth === 'NONE';
      },
    },
    'AWS::Lambda::Permission': {
      targets: FUNCTION,
      find: findFunction('FunctionName'),
      missing: { fact: 'policy', reason: 'a permission whose function could not be resolved may apply' },
      apply(c, t) {
        const principal = c.r.str('Principal');
        const action = c.r.str('Action');
        if (typeof principal !== 'string' || typeof action !== 'string') {
          t.unknownInside('policy', `${c.res.address}: the principal or action is unknown`);
          return;
        }
        const p =
          principal === '*'
            ? '*'
            : principal.includes('.amazonaws.com')
              ? `service:${principal}`
              : `aws:${principal}`;
        t.factList<PolicyStatement>('policy').push({
          effect: 'allow',
          actions: [action],
          principals: [p],
        });
      },
    },
  },
  finish: {
    'AWS::S3::Bucket': (d, missing) => finishS3Bucket(d, Object.fromEntries(missing)),
    'AWS::EC2::SecurityGroup': finishRules,
    'AWS::EC2::VPC': finishFlowLogs,
    'AWS::EC2::Subnet': finishFlowLogs,
    'AWS::EC2::Volume': finishVolume,
    'AWS::IAM::Role': finishRole,
    'AWS::Lambda::Function': finishLambda,
  },
  typeKey: (type) => type,
  place(_res, _spec, d) {
    d.unknownAt('account', 'the account the stack is deployed to is not in the template');
  },
};
