/** Storage: S3 buckets, EBS volumes and EBS snapshots. */
import type { PolicyStatement } from '../../core/index.js';
import { Draft, type Fact, type NormContext } from './draft.js';
import {
  asBool,
  bool,
  ec2Arn,
  get,
  isObj,
  jsonish,
  kmsArn,
  list,
  num,
  type Obj,
  obj,
  partitionOf,
  path,
  pluck,
  type Scope,
  str,
  tagsOf,
  uniq,
} from './fields.js';
import { missingId } from './network.js';
import { bucketPolicyFacts, policyStatements } from './policy.js';

/**
 * Everything known about one bucket. Each fact is the inner document, whichever source it came from:
 * `acl` is `get-bucket-acl` output or Config's `AccessControlList`; `policy` the policy document;
 * `publicAccessBlock` / `accountPublicAccessBlock` the four flags; `encryption` the
 * `ServerSideEncryptionConfiguration`; `versioning` `{Status, MFADelete}` or `{status, isMfaDeleteEnabled}`;
 * `logging` `{LoggingEnabled: {TargetBucket}}` or `{destinationBucketName}`; `ownership` the
 * `OwnershipControls`; `lifecycle` `{Rules}`; `replication` the `ReplicationConfiguration`; `objectLock` the
 * `ObjectLockConfiguration`.
 */
export interface BucketInput {
  name: string;
  region: string;
  creationDate?: string;
  tags?: Record<string, string>;
  acl: Fact;
  policy: Fact;
  publicAccessBlock: Fact;
  accountPublicAccessBlock: Fact;
  encryption: Fact;
  versioning: Fact;
  logging: Fact;
  ownership: Fact;
  lifecycle: Fact;
  replication: Fact;
  objectLock: Fact;
}

export const BUCKET_ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const BUCKET_AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

/** ACL grants to everyone or to any AWS user: `READ`/`FULL_CONTROL` read, `WRITE`/`WRITE_ACP`/`FULL_CONTROL` write. */
export function aclFacts(acl: unknown): { publicRead: boolean; publicWrite: boolean } {
  const doc = jsonish(acl);
  const grants = list(doc, 'Grants') ?? list(doc, 'GrantList') ?? [];
  let publicRead = false;
  let publicWrite = false;
  for (const g of grants) {
    const grantee = get(g, 'Grantee');
    let group: string | undefined;
    if (typeof grantee === 'string')
      group = grantee; // Config: "AllUsers" / "AuthenticatedUsers"
    else {
      const uri = str(grantee, 'URI');
      if (uri === BUCKET_ALL_USERS) group = 'AllUsers';
      else if (uri === BUCKET_AUTH_USERS) group = 'AuthenticatedUsers';
    }
    if (group !== 'AllUsers' && group !== 'AuthenticatedUsers') continue;
    const permission = String(get(g, 'Permission') ?? '')
      .replace(/_/g, '')
      .toLowerCase();
    if (permission === 'read' || permission === 'fullcontrol') publicRead = true;
    if (permission === 'write' || permission === 'writeacp' || permission === 'fullcontrol')
      publicWrite = true;
  }
  return { publicRead, publicWrite };
}

const BLOCK_FLAGS = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
] as const;
type BlockFlags = Record<(typeof BLOCK_FLAGS)[number], boolean>;

function blockFlags(f: Fact): BlockFlags | undefined {
  if (f.state === 'unknown') return undefined;
  const doc = f.state === 'data' ? (obj(f.value, 'PublicAccessBlockConfiguration') ?? jsonish(f.value)) : {};
  const out = {} as BlockFlags;
  for (const flag of BLOCK_FLAGS) out[flag] = bool(doc, flag) === true;
  return out;
}

export function normalizeBucket(input: BucketInput, ctx: NormContext, raw: unknown): Draft {
  const partition = partitionOf(input.region);
  const id = `arn:${partition}:s3:::${input.name}`;
  const d = new Draft(id, 'storage.bucket', 's3', ctx, raw);
  d.name = input.name;
  d.tags = input.tags ?? {};
  const scope: Scope = { account: ctx.account, region: input.region };

  // Public read/write: from the ACL and the bucket policy; false only when both are known and neither is public.
  const acl =
    input.acl.state === 'data'
      ? aclFacts(input.acl.value)
      : input.acl.state === 'none'
        ? { publicRead: false, publicWrite: false }
        : undefined;
  let statements: PolicyStatement[] | undefined;
  if (input.policy.state === 'data') {
    const doc = get(input.policy.value, 'Policy', 'PolicyText') ?? input.policy.value;
    const parsed = policyStatements(doc, input.region);
    statements = parsed.statements;
    for (const p of parsed.problems)
      ctx.issues.push({ file: ctx.file, message: `bucket ${input.name} policy: ${p}` });
  } else if (input.policy.state === 'none') statements = [];
  const pol = statements ? bucketPolicyFacts(statements) : undefined;
  const unknownWhy = [input.acl, input.policy]
    .filter((f): f is { state: 'unknown'; reason: string } => f.state === 'unknown')
    .map((f) => f.reason)
    .join('; ');
  for (const key of ['publicRead', 'publicWrite'] as const) {
    if (acl?.[key] || pol?.[key]) d.set(key, true);
    else if (acl && pol) d.set(key, false);
    else d.unknownBecause(key, unknownWhy);
  }
  if (statements) {
    d.set('policy', statements);
    d.set('tlsOnly', pol?.tlsOnly ?? false);
  } else if (input.policy.state === 'unknown') {
    d.unknownBecause('policy', input.policy.reason).unknownBecause('tlsOnly', input.policy.reason);
  }

  // Block Public Access: the effective setting is each flag of the bucket OR the account.
  const bucketBlock = blockFlags(input.publicAccessBlock);
  const accountBlock = blockFlags(input.accountPublicAccessBlock);
  const allOn = (f: BlockFlags | undefined) => f !== undefined && BLOCK_FLAGS.every((k) => f[k]);
  if (bucketBlock && accountBlock) {
    const effective = {} as BlockFlags;
    for (const k of BLOCK_FLAGS) effective[k] = bucketBlock[k] || accountBlock[k];
    d.set('publicAccessBlocked', allOn(effective));
  } else if (allOn(bucketBlock) || allOn(accountBlock)) d.set('publicAccessBlocked', true);
  else {
    const why = [input.publicAccessBlock, input.accountPublicAccessBlock]
      .filter((f): f is { state: 'unknown'; reason: string } => f.state === 'unknown')
      .map((f) => f.reason)
      .join('; ');
    d.unknownBecause('publicAccessBlocked', why);
  }
  d.set('publicAccessBlock', { bucket: bucketBlock ?? null, account: accountBlock ?? null });

  // Default encryption.
  if (input.encryption.state === 'data') {
    const conf =
      obj(input.encryption.value, 'ServerSideEncryptionConfiguration') ?? jsonish(input.encryption.value);
    const rule = (list(conf, 'Rules') ?? [])[0];
    const byDefault = obj(rule, 'ApplyServerSideEncryptionByDefault');
    const algorithm = str(byDefault, 'SSEAlgorithm');
    const key = str(byDefault, 'KMSMasterKeyID', 'KmsMasterKeyId');
    if (algorithm === 'AES256') d.set('encryption', { enabled: true, keyType: 'provider' });
    else if (algorithm?.startsWith('aws:kms')) {
      if (key) {
        const ref = kmsArn(scope, key);
        d.set('encryption', { enabled: true, keyId: ref });
        d.pendingKeys.push({ path: 'encryption', ref });
      } else d.set('encryption', { enabled: true, keyType: 'provider' }); // the AWS managed key aws/s3
      d.set('bucketKeyEnabled', bool(rule, 'BucketKeyEnabled'));
    } else d.unknownBecause('encryption', `unrecognised SSEAlgorithm ${algorithm ?? '(none)'}`);
  } else if (input.encryption.state === 'none') d.set('encryption', { enabled: false, keyType: 'none' });
  else d.unknownBecause('encryption', input.encryption.reason);

  // Versioning and MFA delete.
  if (input.versioning.state === 'unknown') {
    d.unknownBecause('versioning', input.versioning.reason).unknownBecause(
      'mfaDelete',
      input.versioning.reason,
    );
  } else {
    const v = input.versioning.state === 'data' ? input.versioning.value : {};
    d.set('versioning', str(v, 'Status') === 'Enabled');
    const mfa = get(v, 'MFADelete', 'IsMfaDeleteEnabled');
    d.set('mfaDelete', mfa === 'Enabled' || asBool(mfa) === true);
  }

  // Server access logging.
  if (input.logging.state === 'unknown') d.unknownBecause('accessLogging', input.logging.reason);
  else {
    const v = input.logging.state === 'data' ? input.logging.value : {};
    const target = str(path(v, 'LoggingEnabled'), 'TargetBucket') ?? str(v, 'DestinationBucketName');
    d.set('accessLogging', target !== undefined);
    if (target)
      d.set('accessLogBucket', `arn:${partition}:s3:::${target}`).relate(
        'logs-to',
        `arn:${partition}:s3:::${target}`,
      );
  }

  // ACLs disabled (Object Ownership = BucketOwnerEnforced) is S3's uniform access.
  if (input.ownership.state === 'data') {
    const rules =
      list(obj(input.ownership.value, 'OwnershipControls') ?? input.ownership.value, 'Rules') ?? [];
    d.set('uniformAccess', pluck(rules, 'ObjectOwnership').includes('BucketOwnerEnforced'));
  } else if (input.ownership.state === 'none') d.set('uniformAccess', false);
  else d.unknownBecause('uniformAccess', input.ownership.reason);

  if (input.lifecycle.state === 'data') {
    const rules = list(jsonish(input.lifecycle.value), 'Rules') ?? [];
    d.set('lifecycleRules', rules.filter((r) => (str(r, 'Status') ?? 'Enabled') === 'Enabled').length);
  } else if (input.lifecycle.state === 'none') d.set('lifecycleRules', 0);
  else d.unknownBecause('lifecycleRules', input.lifecycle.reason);

  if (input.replication.state === 'data') {
    const conf = obj(input.replication.value, 'ReplicationConfiguration') ?? jsonish(input.replication.value);
    const rules = get(conf, 'Rules');
    d.set(
      'replication',
      Array.isArray(rules) ? rules.length > 0 : isObj(rules) && Object.keys(rules).length > 0,
    );
  } else if (input.replication.state === 'none') d.set('replication', false);
  else d.unknownBecause('replication', input.replication.reason);

  if (input.objectLock.state === 'data') {
    const conf = obj(input.objectLock.value, 'ObjectLockConfiguration') ?? jsonish(input.objectLock.value);
    d.set('objectLock', str(conf, 'ObjectLockEnabled') === 'Enabled');
  } else if (input.objectLock.state === 'none') d.set('objectLock', false);
  else d.unknownBecause('objectLock', input.objectLock.reason);

  d.set('creationDate', input.creationDate);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// EBS
// ---------------------------------------------------------------------------------------------------------------

/**
 * `encryptionByDefault` is the Region's `get-ebs-encryption-by-default` (undefined when unknown). It is recorded
 * on each volume, and used only when the volume itself does not say whether it is encrypted.
 */
export function normalizeVolume(data: Obj, ctx: NormContext, encryptionByDefault: Fact): Draft | undefined {
  const id = str(data, 'VolumeId');
  if (!id) return missingId(ctx, 'volume', 'VolumeId');
  const scope: Scope = { account: ctx.account, region: ctx.region };
  const d = new Draft(ec2Arn(scope, 'volume', id), 'storage.volume', 'ebs', ctx, data);
  d.tags = tagsOf(get(data, 'Tags'));
  d.name = d.tags.Name;
  const byDefault =
    encryptionByDefault.state === 'data'
      ? bool(encryptionByDefault.value, 'EbsEncryptionByDefault')
      : undefined;
  d.set('accountEncryptionByDefault', byDefault);
  encryption(
    d,
    data,
    scope,
    byDefault,
    encryptionByDefault.state === 'unknown' ? encryptionByDefault.reason : undefined,
  );
  d.set('sizeGb', num(data, 'Size'));
  d.set('state', str(data, 'State'));
  d.set('volumeType', str(data, 'VolumeType'));
  d.set('availabilityZone', str(data, 'AvailabilityZone'));
  const attachments = list(data, 'Attachments');
  if (attachments) {
    const instances = uniq(pluck(attachments, 'InstanceId').map((i) => ec2Arn(scope, 'instance', i)));
    d.set('attachedTo', instances);
    for (const i of instances) d.relate('attached-to', i);
  }
  return d;
}

function encryption(d: Draft, data: Obj, scope: Scope, byDefault?: boolean, byDefaultUnknown?: string): void {
  const encrypted = bool(data, 'Encrypted');
  const key = str(data, 'KmsKeyId');
  if (encrypted === true) {
    if (key) {
      const ref = kmsArn(scope, key);
      d.set('encryption', { enabled: true, keyId: ref });
      d.pendingKeys.push({ path: 'encryption', ref });
    } else d.set('encryption', { enabled: true });
  } else if (encrypted === false) d.set('encryption', { enabled: false, keyType: 'none' });
  else if (byDefault === false) d.set('encryption', { enabled: false, keyType: 'none' });
  else d.unknownBecause('encryption', byDefaultUnknown ?? 'the record has no Encrypted field');
}

/** A snapshot; `attribute` is `describe-snapshot-attribute --attribute createVolumePermission` output. */
export function normalizeSnapshot(data: Obj, ctx: NormContext, attribute: Fact): Draft | undefined {
  const id = str(data, 'SnapshotId');
  if (!id) return missingId(ctx, 'snapshot', 'SnapshotId');
  const scope: Scope = { account: ctx.account, region: ctx.region };
  // Snapshot ARNs carry no account: arn:aws:ec2:<region>::snapshot/<id>.
  const d = new Draft(
    `arn:${partitionOf(ctx.region)}:ec2:${ctx.region}::snapshot/${id}`,
    'storage.snapshot',
    'ebs',
    ctx,
    data,
  );
  d.tags = tagsOf(get(data, 'Tags'));
  d.name = d.tags.Name ?? str(data, 'Description');
  encryption(d, data, scope);
  const volume = str(data, 'VolumeId');
  // Copied snapshots name the placeholder volume vol-ffffffff.
  if (volume && volume !== 'vol-ffffffff') d.set('sourceVolume', ec2Arn(scope, 'volume', volume));
  if (attribute.state === 'data') {
    const perms = list(attribute.value, 'CreateVolumePermissions') ?? [];
    d.set(
      'public',
      perms.some((p) => str(p, 'Group') === 'all'),
    );
    d.set('sharedWith', uniq(pluck(perms, 'UserId')));
  } else if (attribute.state === 'none') {
    d.set('public', false).set('sharedWith', []);
  } else {
    d.unknownBecause('public', attribute.reason).unknownBecause('sharedWith', attribute.reason);
  }
  d.set('state', str(data, 'State'));
  d.set('startTime', str(data, 'StartTime'));
  return d;
}
