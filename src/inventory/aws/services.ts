/**
 * Managed services: RDS instances, DynamoDB tables, KMS keys, Secrets Manager secrets, CloudTrail trails,
 * CloudWatch Logs log groups and AWS Config recorders.
 */
import { Draft, type Fact, type NormContext } from './draft.js';
import {
  arn,
  bool,
  ec2Arn,
  get,
  kmsArn,
  list,
  num,
  type Obj,
  obj,
  partitionOf,
  pluck,
  type Scope,
  str,
  strings,
  tagsOf,
  uniq,
} from './fields.js';
import { missingId } from './network.js';
import { policyStatements } from './policy.js';

function scopeOf(ctx: NormContext): Scope {
  return { account: ctx.account, region: ctx.region };
}

/** Sets `path` to a KMS-encrypted value whose key type the linking pass resolves. */
function kmsEncryption(d: Draft, path: string, scope: Scope, key: string): void {
  const ref = kmsArn(scope, key);
  d.set(path, { enabled: true, keyId: ref });
  d.pendingKeys.push({ path, ref });
}

// ---------------------------------------------------------------------------------------------------------------
// RDS
// ---------------------------------------------------------------------------------------------------------------

/** Engines whose audit log can be exported to CloudWatch Logs as the `audit` log type. */
const AUDIT_EXPORT_ENGINES = /^(mysql|mariadb|aurora|aurora-mysql|oracle-.*)$/;

export function normalizeDbInstance(data: Obj, ctx: NormContext): Draft | undefined {
  const name = str(data, 'DBInstanceIdentifier');
  const id =
    str(data, 'DBInstanceArn') ?? (name ? arn('rds', ctx.region, ctx.account, `db:${name}`) : undefined);
  if (!id) return missingId(ctx, 'DB instance', 'DBInstanceArn');
  const scope = scopeOf(ctx);
  const d = new Draft(id, 'database.instance', 'rds', ctx, data);
  d.name = name;
  d.tags = tagsOf(get(data, 'TagList', 'Tags'));
  const engine = str(data, 'Engine');
  d.set('engine', engine).set('engineVersion', str(data, 'EngineVersion'));
  d.set('publiclyAccessible', bool(data, 'PubliclyAccessible'));
  const encrypted = bool(data, 'StorageEncrypted');
  const key = str(data, 'KmsKeyId');
  if (encrypted === true && key) kmsEncryption(d, 'encryption', scope, key);
  else if (encrypted === true) d.set('encryption', { enabled: true });
  else if (encrypted === false) d.set('encryption', { enabled: false, keyType: 'none' });
  else d.unknownBecause('encryption', 'the record has no StorageEncrypted');
  d.set('backupRetentionDays', num(data, 'BackupRetentionPeriod'));
  d.set('multiAz', bool(data, 'MultiAZ'));
  d.set('deletionProtection', bool(data, 'DeletionProtection'));
  d.set('autoMinorVersionUpgrade', bool(data, 'AutoMinorVersionUpgrade'));
  d.set('iamAuth', bool(data, 'IAMDatabaseAuthenticationEnabled'));
  d.unknownBecause(
    'tlsRequired',
    'set in the DB parameter group (rds.force_ssl / require_secure_transport), not collected',
  );
  const exports = strings(get(data, 'EnabledCloudwatchLogsExports'));
  if (exports.includes('audit')) d.set('auditLogging', true);
  else if (engine && AUDIT_EXPORT_ENGINES.test(engine)) d.set('auditLogging', false);
  else
    d.unknownBecause(
      'auditLogging',
      `audit logging for ${engine ?? 'this engine'} is set in its parameter or option group`,
    );
  d.set('logExports', exports);
  const subnetGroup = obj(data, 'DBSubnetGroup');
  const subnets = uniq(
    pluck(list(subnetGroup, 'Subnets'), 'SubnetIdentifier').map((s) => ec2Arn(scope, 'subnet', s)),
  );
  if (subnetGroup) d.set('subnets', subnets);
  for (const s of subnets) d.relate('in-subnet', s);
  const vpc = str(subnetGroup, 'VpcId');
  if (vpc) d.set('vpc', ec2Arn(scope, 'vpc', vpc)).relate('in-vpc', ec2Arn(scope, 'vpc', vpc));
  const sgList = list(data, 'VpcSecurityGroups');
  if (sgList) {
    const sgs = uniq(pluck(sgList, 'VpcSecurityGroupId').map((g) => ec2Arn(scope, 'security-group', g)));
    d.set('securityGroups', sgs);
    for (const sg of sgs) d.relate('uses-security-group', sg);
  }
  d.set('instanceClass', str(data, 'DBInstanceClass')).set('status', str(data, 'DBInstanceStatus'));
  d.set('cluster', str(data, 'DBClusterIdentifier'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// DynamoDB
// ---------------------------------------------------------------------------------------------------------------

/** `table` is `describe-table`'s `Table`; `backups` is `describe-continuous-backups` output. */
export function normalizeTable(table: Obj, ctx: NormContext, backups: Fact): Draft | undefined {
  const name = str(table, 'TableName');
  const id =
    str(table, 'TableArn') ?? (name ? arn('dynamodb', ctx.region, ctx.account, `table/${name}`) : undefined);
  if (!id) return missingId(ctx, 'DynamoDB table', 'TableArn');
  const d = new Draft(id, 'database.nosql-table', 'dynamodb', ctx, table);
  d.name = name;
  d.tags = tagsOf(get(table, 'Tags'));
  const sse = obj(table, 'SSEDescription');
  const status = str(sse, 'Status');
  const keyArn = str(sse, 'KMSMasterKeyArn');
  if (sse && (status === 'ENABLED' || status === 'UPDATING') && keyArn)
    kmsEncryption(d, 'encryption', scopeOf(ctx), keyArn);
  // Without SSEDescription the table is encrypted with an AWS owned key, DynamoDB's default.
  else if (!sse || status === 'ENABLED') d.set('encryption', { enabled: true, keyType: 'provider' });
  else d.unknownBecause('encryption', `SSE status ${status ?? 'unknown'}`);
  d.set('deletionProtection', bool(table, 'DeletionProtectionEnabled'));
  if (backups.state === 'data') {
    const desc = obj(backups.value, 'ContinuousBackupsDescription') ?? backups.value;
    const pitr = str(obj(desc, 'PointInTimeRecoveryDescription'), 'PointInTimeRecoveryStatus');
    d.setOr(
      'pointInTimeRecovery',
      pitr === undefined ? undefined : pitr === 'ENABLED',
      'no PointInTimeRecoveryStatus',
    );
  } else if (backups.state === 'unknown') d.unknownBecause('pointInTimeRecovery', backups.reason);
  d.set('status', str(table, 'TableStatus'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// KMS
// ---------------------------------------------------------------------------------------------------------------

export interface KeyInput {
  /** Key id (uuid or `mrk-…`) and ARN, from `list-keys` or the metadata. */
  keyId?: string;
  keyArn?: string;
  /** `describe-key`'s `KeyMetadata`. */
  metadata: Fact;
  /** `get-key-rotation-status`. */
  rotation: Fact;
  /** `get-key-policy` (`Policy`). */
  policy: Fact;
  aliases?: string[];
}

export function normalizeKey(input: KeyInput, ctx: NormContext, raw: unknown): Draft | undefined {
  const meta =
    input.metadata.state === 'data'
      ? (obj(input.metadata.value, 'KeyMetadata') ?? input.metadata.value)
      : undefined;
  const keyId = input.keyId ?? str(meta, 'KeyId');
  const id =
    input.keyArn ??
    str(meta, 'Arn') ??
    (keyId ? arn('kms', ctx.region, ctx.account, `key/${keyId}`) : undefined);
  if (!id) return missingId(ctx, 'KMS key', 'KeyArn');
  const d = new Draft(id, 'crypto.key', 'kms', ctx, raw);
  d.name = input.aliases?.[0] ?? keyId;
  if (input.aliases && input.aliases.length > 0) d.set('aliases', input.aliases);
  if (meta) {
    const manager = str(meta, 'KeyManager');
    if (manager === 'AWS') d.set('managedBy', 'provider');
    else if (manager === 'CUSTOMER') d.set('managedBy', 'customer');
    d.set('state', str(meta, 'KeyState'));
    d.set('origin', str(meta, 'Origin'));
    d.set('keySpec', str(meta, 'KeySpec', 'CustomerMasterKeySpec'));
    d.set('keyUsage', str(meta, 'KeyUsage'));
    d.set('multiRegion', bool(meta, 'MultiRegion'));
    d.set('description', str(meta, 'Description'));
    // Config records rotation on the key itself where it records it at all.
    const rotation = bool(meta, 'KeyRotationEnabled');
    if (rotation !== undefined && input.rotation.state === 'unknown') {
      d.set('rotationEnabled', rotation);
    }
  } else if (input.metadata.state === 'unknown') {
    for (const p of ['managedBy', 'state', 'origin']) d.unknownBecause(p, input.metadata.reason);
  }
  if (input.rotation.state === 'data') {
    const enabled = bool(input.rotation.value, 'KeyRotationEnabled');
    d.set('rotationEnabled', enabled);
    if (enabled) d.set('rotationPeriodDays', num(input.rotation.value, 'RotationPeriodInDays') ?? 365);
  } else if (input.rotation.state === 'none') {
    // UnsupportedOperationException: asymmetric, HMAC, imported or custom key store keys do not rotate.
    d.set('rotationEnabled', false).set('rotationSupported', false);
  } else if (!('rotationEnabled' in d.properties)) d.unknownBecause('rotationEnabled', input.rotation.reason);
  if (input.policy.state === 'data') {
    const doc = get(input.policy.value, 'Policy') ?? input.policy.value;
    d.set('policy', policyStatements(doc, ctx.region).statements);
  } else if (input.policy.state === 'unknown') d.unknownBecause('policy', input.policy.reason);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Secrets Manager
// ---------------------------------------------------------------------------------------------------------------

export function normalizeSecret(data: Obj, ctx: NormContext): Draft | undefined {
  const id = str(data, 'ARN', 'Arn', 'Id');
  if (!id?.startsWith('arn:')) return missingId(ctx, 'secret', 'ARN');
  const d = new Draft(id, 'secrets.secret', 'secrets-manager', ctx, data);
  d.name = str(data, 'Name');
  d.tags = tagsOf(get(data, 'Tags'));
  const key = str(data, 'KmsKeyId');
  // Without KmsKeyId the secret is encrypted with the AWS managed key aws/secretsmanager.
  if (key && !/(^|:)alias\/aws\/secretsmanager$/.test(key)) kmsEncryption(d, 'encryption', scopeOf(ctx), key);
  else d.set('encryption', { enabled: true, keyType: 'provider' });
  // list-secrets omits RotationEnabled for secrets whose rotation was never turned on.
  d.set('rotationEnabled', bool(data, 'RotationEnabled') ?? false);
  d.set('rotationDays', num(obj(data, 'RotationRules'), 'AutomaticallyAfterDays'));
  d.set('lastRotated', str(data, 'LastRotatedDate'));
  d.set('deletedDate', str(data, 'DeletedDate'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// CloudTrail
// ---------------------------------------------------------------------------------------------------------------

export interface TrailExtras {
  /** `get-trail-status` (`IsLogging`). */
  status: Fact;
  /** `get-event-selectors` (`EventSelectors` / `AdvancedEventSelectors`). */
  selectors: Fact;
}

function selectorFacts(doc: unknown): { management?: boolean; data?: boolean } {
  const basic = list(doc, 'EventSelectors');
  const advanced = list(doc, 'AdvancedEventSelectors');
  if (!basic && !advanced) return {};
  let management = false;
  let data = false;
  for (const s of basic ?? []) {
    if (bool(s, 'IncludeManagementEvents') !== false) management = true;
    if ((list(s, 'DataResources') ?? []).length > 0) data = true;
  }
  for (const s of advanced ?? []) {
    for (const f of list(s, 'FieldSelectors') ?? []) {
      if (str(f, 'Field') !== 'eventCategory') continue;
      const eq = strings(get(f, 'Equals'));
      if (eq.includes('Management')) management = true;
      if (eq.includes('Data')) data = true;
    }
  }
  return { management, data };
}

export function normalizeTrail(data: Obj, ctx: NormContext, extras: TrailExtras): Draft | undefined {
  const name = str(data, 'Name', 'TrailName');
  const home = str(data, 'HomeRegion') ?? ctx.region;
  const id =
    str(data, 'TrailARN', 'Arn') ??
    (name ? arn('cloudtrail', home, ctx.account, `trail/${name}`) : undefined);
  if (!id) return missingId(ctx, 'trail', 'TrailARN');
  const d = new Draft(id, 'logging.trail', 'cloudtrail', { ...ctx, region: home }, data);
  d.name = name;
  d.tags = tagsOf(get(data, 'Tags', 'TagsList'));
  d.set('multiRegion', bool(data, 'IsMultiRegionTrail'));
  d.set('logFileValidation', bool(data, 'LogFileValidationEnabled', 'EnableLogFileValidation'));
  d.set('organizationTrail', bool(data, 'IsOrganizationTrail'));
  d.set('includeGlobalServiceEvents', bool(data, 'IncludeGlobalServiceEvents'));
  d.set('homeRegion', home);
  if (extras.status.state === 'data') d.set('logging', bool(extras.status.value, 'IsLogging'));
  else if (bool(data, 'IsLogging') !== undefined) d.set('logging', bool(data, 'IsLogging'));
  else if (extras.status.state === 'unknown') d.unknownBecause('logging', extras.status.reason);
  const key = str(data, 'KmsKeyId', 'KMSKeyId');
  if (key) {
    // CloudTrail accepts only customer managed keys for SSE-KMS.
    const ref = kmsArn({ account: ctx.account, region: home }, key);
    d.set('encryption', { enabled: true, keyType: 'customer-managed', keyId: ref });
    d.pendingKeys.push({ path: 'encryption', ref });
  } else {
    // Without a KMS key, CloudTrail log files are encrypted with SSE-S3.
    d.set('encryption', { enabled: true, keyType: 'provider' });
  }
  const bucket = str(data, 'S3BucketName');
  if (bucket) {
    const bucketArn = `arn:${partitionOf(home)}:s3:::${bucket}`;
    d.set('bucket', bucketArn).relate('logs-to', bucketArn);
  }
  const logGroup = str(data, 'CloudWatchLogsLogGroupArn');
  // The CloudWatch Logs group is a property only: `logs-to` names the trail's bucket.
  if (logGroup) d.set('logGroup', logGroup.replace(/:\*$/, ''));
  let sel = extras.selectors.state === 'data' ? selectorFacts(extras.selectors.value) : selectorFacts(data);
  if (sel.management === undefined && bool(data, 'HasCustomEventSelectors') === false) {
    // A trail without custom selectors logs all management events and no data events.
    sel = { management: true, data: false };
  }
  const why = extras.selectors.state === 'unknown' ? extras.selectors.reason : 'no event selectors recorded';
  d.setOr('managementEvents', sel.management, why).setOr('dataEvents', sel.data, why);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// CloudWatch Logs
// ---------------------------------------------------------------------------------------------------------------

export function normalizeLogGroup(data: Obj, ctx: NormContext): Draft | undefined {
  const name = str(data, 'LogGroupName');
  const id =
    str(data, 'LogGroupArn') ??
    str(data, 'Arn')?.replace(/:\*$/, '') ??
    (name ? arn('logs', ctx.region, ctx.account, `log-group:${name}`) : undefined);
  if (!id) return missingId(ctx, 'log group', 'logGroupName');
  const d = new Draft(id, 'logging.log-group', 'cloudwatch', ctx, data);
  d.name = name;
  d.tags = tagsOf(get(data, 'Tags'));
  const retention = num(data, 'RetentionInDays');
  if (retention !== undefined) d.set('retentionDays', retention);
  else {
    d.set('retentionNeverExpires', true);
    d.unknownBecause('retentionDays', 'no retention set: events never expire');
  }
  const key = str(data, 'KmsKeyId');
  if (key) {
    // CloudWatch Logs accepts only customer managed keys.
    const ref = kmsArn(scopeOf(ctx), key);
    d.set('encryption', { enabled: true, keyType: 'customer-managed', keyId: ref });
    d.relate('uses-key', ref);
  } else d.set('encryption', { enabled: true, keyType: 'provider' });
  d.set('logGroupClass', str(data, 'LogGroupClass'));
  d.set('metricFilterCount', num(data, 'MetricFilterCount'));
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// AWS Config recorders
// ---------------------------------------------------------------------------------------------------------------

export function recorderArn(ctx: NormContext, name: string): string {
  return arn('config', ctx.region, ctx.account, `configuration-recorder/${name}`);
}

/** `status` is this recorder's entry of `describe-configuration-recorder-status`. */
export function normalizeRecorder(data: Obj, ctx: NormContext, status: Fact): Draft | undefined {
  const name = str(data, 'Name');
  if (!name) return missingId(ctx, 'configuration recorder', 'name');
  const d = new Draft(str(data, 'Arn') ?? recorderArn(ctx, name), 'monitoring.config', 'config', ctx, data);
  d.name = name;
  const group = obj(data, 'RecordingGroup');
  const all = bool(group, 'AllSupported');
  const strategy = str(obj(group, 'RecordingStrategy'), 'UseOnly');
  d.setOr(
    'allResources',
    all ?? (strategy ? strategy === 'ALL_SUPPORTED_RESOURCE_TYPES' : undefined),
    'no recordingGroup',
  );
  d.set('includeGlobalResourceTypes', bool(group, 'IncludeGlobalResourceTypes'));
  if (status.state === 'data') {
    d.set('recorderEnabled', bool(status.value, 'Recording'));
    d.set('lastStatus', str(status.value, 'LastStatus'));
  } else if (status.state === 'unknown') d.unknownBecause('recorderEnabled', status.reason);
  else d.set('recorderEnabled', false);
  const role = str(data, 'RoleARN', 'RoleArn');
  if (role) d.relate('uses-role', role);
  return d;
}

/** A Region with no configuration recorder: recorded so that "AWS Config is on everywhere" can fail. */
export function noRecorder(ctx: NormContext): Draft {
  const d = new Draft(recorderArn(ctx, '-'), 'monitoring.config', 'config', ctx, {});
  d.name = 'no configuration recorder';
  d.set('recorderEnabled', false).set('allResources', false).set('placeholder', true);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// CloudWatch alarms
// ---------------------------------------------------------------------------------------------------------------

/** A metric alarm (`describe-alarms` `MetricAlarms`); `raw` keeps MetricName, Namespace and AlarmActions. */
export function normalizeAlarm(data: Obj, ctx: NormContext): Draft | undefined {
  const name = str(data, 'AlarmName');
  const id =
    str(data, 'AlarmArn') ?? (name ? arn('cloudwatch', ctx.region, ctx.account, `alarm:${name}`) : undefined);
  if (!id) return missingId(ctx, 'alarm', 'AlarmArn');
  const d = new Draft(id, 'monitoring.alarm', 'cloudwatch', ctx, data);
  d.name = name;
  d.set('metricName', str(data, 'MetricName')).set('namespace', str(data, 'Namespace'));
  d.set('actions', strings(get(data, 'AlarmActions')));
  d.set('actionsEnabled', bool(data, 'ActionsEnabled'));
  d.set('state', str(data, 'StateValue'));
  return d;
}
