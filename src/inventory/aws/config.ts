/**
 * The `aws-config` collector: AWS Config configuration items, from a configuration snapshot
 * (`{fileVersion, configSnapshotId, configurationItems}`, optionally `.json.gz` as Config delivers it),
 * configuration history files, `get-resource-config-history` / `batch-get-resource-config` output,
 * `select-resource-config` results (`{Results: ["<json>", …]}`) or a plain list of items. Each item's
 * `configuration` is the `describe-*` shape in camelCase, read by the same normalizers as the CLI collector.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CollectContext, CollectResult, CoverageGap, OfflineCollector } from '../types.js';
import { emptyResult } from '../types.js';
import { normalizeCluster, normalizeFunction, normalizeInstance, normalizeLoadBalancer } from './compute.js';
import {
  type Draft,
  dataFact,
  type Fact,
  type NormContext,
  noneFact,
  reportRecord,
  unknownFact,
} from './draft.js';
import { ec2Arn, get, isObj, jsonish, list, type Obj, obj, parseArn, str, tagsOf } from './fields.js';
import { normalizeGroup, normalizeManagedPolicy, normalizeRole, normalizeUser } from './identity.js';
import { parseJson } from './json.js';
import { type LinkSource, link } from './link.js';
import {
  normalizeFlowLog,
  normalizeNetworkAcl,
  normalizeNetworkInterface,
  normalizeRouteTable,
  normalizeSecurityGroup,
  normalizeSubnet,
  normalizeVpc,
} from './network.js';
import {
  normalizeDbInstance,
  normalizeKey,
  normalizeLogGroup,
  normalizeRecorder,
  normalizeSecret,
  normalizeTable,
  normalizeTrail,
} from './services.js';
import { type BucketInput, normalizeBucket, normalizeVolume } from './storage.js';

/** Configuration item statuses whose item describes no current resource. */
const SKIPPED_STATUSES = new Set(['ResourceDeleted', 'ResourceNotRecorded', 'ResourceDeletedNotRecorded']);

export interface AwsConfigResult extends CollectResult {
  /** Items skipped because of their `configurationItemStatus`, by status. */
  skipped: Record<string, number>;
}

const CONFIG_FILE = /_Config(?:Snapshot|History)_.*\.json(?:\.gz)?$/;

/** Whether a file (path and first KiB) holds AWS Config items. */
export function detectConfig(path: string, head: string): boolean {
  if (CONFIG_FILE.test(path)) return true;
  if (!/\.json$/i.test(path)) return false;
  if (/"configurationItems"\s*:/.test(head) || /"baseConfigurationItems"\s*:/.test(head)) return true;
  if (/"Results"\s*:/.test(head) && /resourceType/.test(head) && /AWS::/.test(head)) return true;
  return (
    /"resourceType"\s*:\s*"AWS::/.test(head) && /"(?:configurationItemStatus|configuration)"\s*:/.test(head)
  );
}

/** `detectConfig` reading the head itself (for the CLI collector, which meets snapshots inside its folders). */
export function looksLikeConfig(path: string): boolean {
  if (CONFIG_FILE.test(path)) return true;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return detectConfig(path, buf.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export const awsConfigCollector: OfflineCollector = {
  format: 'aws-config',
  title: 'AWS Config snapshots, history and select-resource-config results (JSON)',
  detect: detectConfig,
  collect: async (path, ctx) => {
    if (!statSync(path).isDirectory()) return collectConfigFile(path, ctx);
    const result: AwsConfigResult = { ...emptyResult(), skipped: {} };
    for (const file of jsonFiles(path)) mergeConfig(result, await collectConfigFile(file, ctx));
    return result;
  },
};

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (/\.json(\.gz)?$/i.test(name)) out.push(p);
  }
  return out;
}

function mergeConfig(a: AwsConfigResult, b: AwsConfigResult): void {
  a.resources.push(...b.resources);
  a.issues.push(...b.issues);
  a.coverage.push(...b.coverage);
  a.files.push(...b.files);
  for (const [t, n] of Object.entries(b.unknownTypes)) a.unknownTypes[t] = (a.unknownTypes[t] ?? 0) + n;
  for (const [t, n] of Object.entries(b.skipped)) a.skipped[t] = (a.skipped[t] ?? 0) + n;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading items
// ---------------------------------------------------------------------------------------------------------------

/** One configuration item, whichever output it came from, with its configuration parsed. */
interface Item {
  type: string;
  resourceId: string;
  resourceName?: string;
  arn?: string;
  account: string;
  region: string;
  status: string;
  captured: string;
  configuration: Obj;
  supplementary: Obj;
  tags: Record<string, string>;
  relationships: Obj[];
  raw: Obj;
  line?: number;
  order: number;
}

export async function collectConfigFile(file: string, ctx: CollectContext): Promise<AwsConfigResult> {
  const result: AwsConfigResult = { ...emptyResult(), skipped: {} };
  let text: string;
  try {
    const buf = readFileSync(file);
    text = (extname(file).toLowerCase() === '.gz' ? gunzipSync(buf) : buf).toString('utf8');
    result.files.push(file);
  } catch (error) {
    result.issues.push({ file, message: `could not be read: ${(error as Error).message}` });
    return result;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    result.issues.push({
      file,
      line: parsed.error.line,
      column: parsed.error.column,
      message: `${parsed.error.message}; file skipped`,
    });
    result.coverage.push({
      provider: 'aws',
      service: '*',
      operation: file,
      error: 'invalid-input',
      message: `${file} is not valid JSON`,
      kinds: [],
    });
    return result;
  }
  const { value, lineOf } = parsed;
  const issue = (line: number | undefined, message: string) =>
    result.issues.push({ file, ...(line !== undefined ? { line } : {}), message });

  // The list of raw items, each with the line it starts on.
  const rawItems: { item: unknown; line: number | undefined }[] = [];
  const fromList = (list: unknown[]) => {
    list.forEach((v, i) => {
      rawItems.push({ item: v, line: lineOf(list, i) });
    });
  };
  if (Array.isArray(value)) fromList(value);
  else if (isObj(value)) {
    const items = list(value, 'configurationItems') ?? list(value, 'baseConfigurationItems');
    const results = list(value, 'Results');
    const single = obj(value, 'configurationItem');
    if (items) fromList(items);
    else if (results) {
      results.forEach((r, i) => {
        const line = lineOf(results, i);
        const v = typeof r === 'string' ? jsonish(r) : r;
        if (v === undefined) issue(line, 'a select-resource-config result is not JSON; skipped');
        else rawItems.push({ item: v, line });
      });
    } else if (single) rawItems.push({ item: single, line: lineOf(single) });
    else if (str(value, 'resourceType')) rawItems.push({ item: value, line: lineOf(value) });
    else issue(1, 'no configurationItems, Results or configuration item found; file skipped');
  }

  // Keep the latest item of each resource (history outputs hold many per resource).
  const latest = new Map<string, Item>();
  rawItems.forEach(({ item: raw, line }, order) => {
    if (!isObj(raw)) {
      issue(line, 'a configuration item is not an object; skipped');
      return;
    }
    const item = readItem(raw, line, order, (m) => issue(line, m));
    if (!item) return;
    const key = `${item.account}|${item.region}|${item.type}|${item.resourceId}`;
    const seen = latest.get(key);
    if (
      !seen ||
      item.captured > seen.captured ||
      (item.captured === seen.captured && item.order > seen.order)
    )
      latest.set(key, item);
  });

  const items: Item[] = [];
  const notRecorded = new Map<string, { gap: CoverageGap; count: number }>();
  for (const item of latest.values()) {
    if (SKIPPED_STATUSES.has(item.status)) {
      result.skipped[item.status] = (result.skipped[item.status] ?? 0) + 1;
      if (item.status === 'ResourceNotRecorded') {
        const key = `${item.account}|${item.region}|${item.type}`;
        const seen = notRecorded.get(key);
        if (seen) seen.count++;
        else
          notRecorded.set(key, {
            count: 1,
            gap: {
              provider: 'aws',
              service: HANDLERS[item.type]?.service ?? '*',
              account: item.account,
              region: item.region,
              operation: file,
              error: 'not-found',
              message: '',
              kinds: HANDLERS[item.type]?.kinds ?? [],
            },
          });
      }
      continue;
    }
    items.push(item);
  }
  for (const [key, { gap, count }] of notRecorded) {
    gap.message = `${count} ${key.split('|')[2]} item(s) are ResourceNotRecorded: the recorder does not record this type`;
    result.coverage.push(gap);
  }

  const drafts = normalizeItems(
    items.sort((a, b) => a.order - b.order),
    file,
    ctx,
    result,
  );
  for (const d of drafts) result.resources.push(d.toInput());
  return result;
}

function readItem(
  raw: Obj,
  line: number | undefined,
  order: number,
  issue: (m: string) => void,
): Item | undefined {
  const type = str(raw, 'resourceType');
  if (!type) {
    issue('a configuration item has no resourceType; skipped');
    return undefined;
  }
  const arn = str(raw, 'ARN', 'arn');
  const account = str(raw, 'awsAccountId', 'accountId') ?? (arn ? parseArn(arn)?.account : undefined);
  const region = str(raw, 'awsRegion') ?? (arn ? parseArn(arn)?.region : undefined) ?? '';
  if (!account) {
    issue(`a ${type} item has no awsAccountId; skipped`);
    return undefined;
  }
  const rawConfig = get(raw, 'configuration');
  const configuration = jsonish(rawConfig);
  const status = str(raw, 'configurationItemStatus') ?? 'OK';
  if (!isObj(configuration) && !SKIPPED_STATUSES.has(status)) {
    if (rawConfig !== undefined)
      issue(`the configuration of ${type} ${str(raw, 'resourceId') ?? ''} is not a JSON object; skipped`);
    else issue(`a ${type} item has no configuration; skipped`);
    return undefined;
  }
  const supplementary: Obj = {};
  for (const [k, v] of Object.entries(obj(raw, 'supplementaryConfiguration') ?? {})) {
    supplementary[k] = typeof v === 'string' && /^\s*[[{]/.test(v) ? (jsonish(v) ?? v) : v;
  }
  const item: Item = {
    type,
    resourceId: str(raw, 'resourceId') ?? arn ?? '',
    account,
    region,
    status,
    captured: str(raw, 'configurationItemCaptureTime') ?? '',
    configuration: isObj(configuration) ? configuration : {},
    supplementary,
    tags: tagsOf(get(raw, 'tags')),
    relationships: (list(raw, 'relationships') ?? []).filter(isObj),
    raw,
    order,
  };
  const name = str(raw, 'resourceName');
  if (name) item.resourceName = name;
  if (arn) item.arn = arn;
  if (line !== undefined) item.line = line;
  return item;
}

// ---------------------------------------------------------------------------------------------------------------
// Normalizing items
// ---------------------------------------------------------------------------------------------------------------

interface Env {
  /** Account-level S3 Block Public Access, by account. */
  accountBlocks: Map<string, Obj>;
  /** IAM group names → ARNs, by account. */
  groupArns: Map<string, string>;
  sgAttachments: Map<string, string[]>;
}

interface Handler {
  service: string;
  kinds: string[];
  source?: LinkSource;
  fn?: (item: Item, ctx: NormContext, env: Env) => Draft | undefined;
}

const NOT_RECORDED = 'AWS Config does not record this';

function supp(item: Item, key: string): unknown {
  return item.supplementary[key];
}

const HANDLERS: Record<string, Handler> = {
  'AWS::EC2::Instance': {
    service: 'ec2',
    kinds: ['compute.instance'],
    fn: (i, c) => normalizeInstance(i.configuration, c),
  },
  'AWS::EC2::SecurityGroup': {
    service: 'vpc',
    kinds: ['network.security-group'],
    fn: (i, c, env) => {
      const d = normalizeSecurityGroup(i.configuration, c);
      if (!d) return d;
      // Config relates a group to the interfaces and instances it is associated with.
      const scope = { account: c.account, region: c.region };
      const attached: string[] = [];
      for (const r of i.relationships) {
        const type = str(r, 'resourceType');
        const id = str(r, 'resourceId');
        if (!id) continue;
        if (type === 'AWS::EC2::NetworkInterface') attached.push(ec2Arn(scope, 'network-interface', id));
        else if (type === 'AWS::EC2::Instance') attached.push(ec2Arn(scope, 'instance', id));
      }
      if (i.relationships.length > 0) env.sgAttachments.set(d.id, attached);
      return d;
    },
  },
  'AWS::EC2::NetworkInterface': {
    service: 'ec2',
    kinds: ['network.interface'],
    source: 'network-interfaces',
    fn: (i, c) => normalizeNetworkInterface(i.configuration, c),
  },
  'AWS::EC2::Subnet': {
    service: 'vpc',
    kinds: ['network.subnet'],
    fn: (i, c) => normalizeSubnet(i.configuration, c),
  },
  'AWS::EC2::VPC': { service: 'vpc', kinds: ['network.vpc'], fn: (i, c) => normalizeVpc(i.configuration, c) },
  'AWS::EC2::RouteTable': {
    service: 'vpc',
    kinds: ['network.route-table'],
    source: 'route-tables',
    fn: (i, c) => normalizeRouteTable(i.configuration, c),
  },
  'AWS::EC2::NetworkAcl': {
    service: 'vpc',
    kinds: ['network.acl'],
    source: 'network-acls',
    fn: (i, c) => normalizeNetworkAcl(i.configuration, c),
  },
  'AWS::EC2::Volume': {
    service: 'ebs',
    kinds: ['storage.volume'],
    source: 'volumes',
    fn: (i, c) =>
      normalizeVolume(
        i.configuration,
        c,
        unknownFact(`${NOT_RECORDED}: the Region's EBS encryption default`),
      ),
  },
  'AWS::EC2::FlowLog': {
    service: 'vpc',
    kinds: ['logging.flow-log'],
    source: 'flow-logs',
    fn: (i, c) => normalizeFlowLog({ FlowLogId: i.resourceId, ...i.configuration }, c),
  },
  'AWS::S3::Bucket': { service: 's3', kinds: ['storage.bucket'], fn: bucket },
  'AWS::S3::AccountPublicAccessBlock': { service: 's3', kinds: ['storage.bucket'] },
  'AWS::RDS::DBInstance': {
    service: 'rds',
    kinds: ['database.instance'],
    fn: (i, c) => normalizeDbInstance(i.configuration, c),
  },
  'AWS::IAM::User': {
    service: 'iam',
    kinds: ['identity.principal'],
    source: 'iam',
    fn: (i, c, env) =>
      normalizeUser(
        i.configuration,
        c,
        unknownFact(`${NOT_RECORDED}: the IAM credential report`),
        (name) => env.groupArns.get(`${c.account}|${name}`) ?? `arn:aws:iam::${c.account}:group/${name}`,
      ),
  },
  'AWS::IAM::Group': {
    service: 'iam',
    kinds: ['identity.group'],
    source: 'iam',
    fn: (i, c) => normalizeGroup(i.configuration, c),
  },
  'AWS::IAM::Role': {
    service: 'iam',
    kinds: ['identity.role'],
    source: 'iam',
    fn: (i, c) => normalizeRole(i.configuration, c),
  },
  'AWS::IAM::Policy': {
    service: 'iam',
    kinds: ['identity.policy'],
    source: 'iam',
    fn: (i, c) => normalizeManagedPolicy(i.configuration, c),
  },
  'AWS::KMS::Key': {
    service: 'kms',
    kinds: ['crypto.key'],
    source: 'kms',
    fn: (i, c) => {
      const policy = supp(i, 'Policy') ?? supp(i, 'KeyPolicy');
      const rotation = supp(i, 'KeyRotationStatus');
      const input = {
        keyId: str(i.configuration, 'KeyId') ?? i.resourceId,
        metadata: dataFact(i.configuration),
        rotation: isObj(rotation)
          ? dataFact(rotation)
          : unknownFact(`${NOT_RECORDED}: key rotation (kms get-key-rotation-status)`),
        policy:
          policy !== undefined
            ? dataFact({ Policy: policy })
            : unknownFact(`${NOT_RECORDED}: the key policy`),
      };
      return normalizeKey(i.arn ? { ...input, keyArn: i.arn } : input, c, i.configuration);
    },
  },
  'AWS::CloudTrail::Trail': {
    service: 'cloudtrail',
    kinds: ['logging.trail'],
    fn: (i, c) =>
      normalizeTrail({ TrailARN: i.arn, Name: i.resourceName ?? i.resourceId, ...i.configuration }, c, {
        status: unknownFact(`${NOT_RECORDED}: trail status (cloudtrail get-trail-status)`),
        selectors: unknownFact(`${NOT_RECORDED}: event selectors`),
      }),
  },
  'AWS::Lambda::Function': {
    service: 'lambda',
    kinds: ['compute.function'],
    fn: (i, c) => {
      const policy = supp(i, 'Policy');
      return normalizeFunction(i.configuration, c, {
        url: unknownFact(`${NOT_RECORDED}: function URLs (lambda get-function-url-config)`),
        policy:
          policy !== undefined
            ? dataFact({ Policy: policy })
            : unknownFact(`${NOT_RECORDED}: the function policy`),
        runtimeManagement: unknownFact(`${NOT_RECORDED}: runtime management`),
      });
    },
  },
  'AWS::DynamoDB::Table': {
    service: 'dynamodb',
    kinds: ['database.nosql-table'],
    fn: (i, c) => {
      const backups = supp(i, 'ContinuousBackupsDescription');
      return normalizeTable(
        i.configuration,
        c,
        isObj(backups) ? dataFact(backups) : unknownFact(`${NOT_RECORDED}: continuous backups`),
      );
    },
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    service: 'elb',
    kinds: ['network.load-balancer'],
    fn: (i, c) => {
      const attributes = supp(i, 'LoadBalancerAttributes');
      return normalizeLoadBalancer(i.configuration, c, {
        listeners: unknownFact('listeners are separate AWS::ElasticLoadBalancingV2::Listener items'),
        attributes: Array.isArray(attributes)
          ? dataFact({ Attributes: attributes })
          : unknownFact(`${NOT_RECORDED}: load balancer attributes`),
      });
    },
  },
  'AWS::EKS::Cluster': {
    service: 'eks',
    kinds: ['compute.container-cluster'],
    fn: (i, c) => normalizeCluster(i.configuration, c),
  },
  'AWS::SecretsManager::Secret': {
    service: 'secrets-manager',
    kinds: ['secrets.secret'],
    fn: (i, c) => normalizeSecret({ ARN: i.arn, Name: i.resourceName, ...i.configuration }, c),
  },
  'AWS::Logs::LogGroup': {
    service: 'cloudwatch',
    kinds: ['logging.log-group'],
    fn: (i, c) => normalizeLogGroup(i.configuration, c),
  },
  'AWS::Config::ConfigurationRecorder': {
    service: 'config',
    kinds: ['monitoring.config'],
    fn: (i, c) =>
      normalizeRecorder(
        { name: i.resourceName ?? i.resourceId, ...i.configuration },
        c,
        unknownFact(`${NOT_RECORDED}: recorder status`),
      ),
  },
};

function bucket(item: Item, ctx: NormContext, env: Env): Draft | undefined {
  const name = str(item.configuration, 'Name') ?? item.resourceName ?? item.resourceId;
  if (!name) {
    reportRecord(ctx, 'an AWS::S3::Bucket item has no name; skipped');
    return undefined;
  }
  const collected = Object.keys(item.supplementary).length > 0;
  const missing = (what: string) => unknownFact(`${what} is not in the configuration item`);
  /** Supplementary keys Config includes only when the setting exists. */
  const optional = (key: string): Fact => {
    const v = supp(item, key);
    if (v !== undefined && v !== null) return dataFact(v);
    return collected ? noneFact() : missing(key);
  };
  const versioning = supp(item, 'BucketVersioningConfiguration');
  const logging = supp(item, 'BucketLoggingConfiguration');
  const policy = supp(item, 'BucketPolicy');
  const acl = supp(item, 'AccessControlList');
  const encryption = supp(item, 'ServerSideEncryptionConfiguration');
  const ownership = supp(item, 'BucketOwnershipControls');
  const objectLock = supp(item, 'ObjectLockConfiguration');
  const policyText = get(policy, 'policyText');
  const accountBlock = env.accountBlocks.get(item.account);
  const input: BucketInput = {
    name,
    region: item.region,
    tags: item.tags,
    acl: acl !== undefined && acl !== null ? dataFact(acl) : missing('AccessControlList'),
    policy: policy === undefined ? missing('BucketPolicy') : policyText ? dataFact(policyText) : noneFact(),
    publicAccessBlock: optional('PublicAccessBlockConfiguration'),
    accountPublicAccessBlock: accountBlock
      ? dataFact(accountBlock)
      : unknownFact('no AWS::S3::AccountPublicAccessBlock item for the account in the input'),
    encryption: isObj(encryption) ? dataFact(encryption) : missing('ServerSideEncryptionConfiguration'),
    versioning: isObj(versioning) ? dataFact(versioning) : missing('BucketVersioningConfiguration'),
    logging: isObj(logging) ? dataFact(logging) : missing('BucketLoggingConfiguration'),
    ownership: isObj(ownership) ? dataFact(ownership) : missing('BucketOwnershipControls'),
    lifecycle: optional('BucketLifecycleConfiguration'),
    replication: optional('BucketReplicationConfiguration'),
    objectLock: isObj(objectLock) ? dataFact(objectLock) : missing('ObjectLockConfiguration'),
  };
  const created = str(item.configuration, 'CreationDate');
  if (created) input.creationDate = created;
  // raw: the configuration with its supplementary configuration beside it (parsed), as the checks read it.
  return normalizeBucket(input, ctx, { ...item.configuration, ...item.supplementary });
}

function normalizeItems(items: Item[], file: string, cc: CollectContext, result: AwsConfigResult): Draft[] {
  const env: Env = { accountBlocks: new Map(), groupArns: new Map(), sgAttachments: new Map() };
  const sources = new Set<string>();
  for (const item of items) {
    if (item.type === 'AWS::S3::AccountPublicAccessBlock')
      env.accountBlocks.set(item.account, item.configuration);
    if (item.type === 'AWS::IAM::Group') {
      const name = str(item.configuration, 'GroupName') ?? item.resourceName;
      const arn = str(item.configuration, 'Arn') ?? item.arn;
      if (name && arn) env.groupArns.set(`${item.account}|${name}`, arn);
    }
    const source = HANDLERS[item.type]?.source;
    if (source) sources.add(`${source}|${item.account}|${source === 'iam' ? 'global' : item.region}`);
  }
  const drafts: Draft[] = [];
  for (const item of items) {
    const handler = HANDLERS[item.type];
    if (!handler) {
      result.unknownTypes[item.type] = (result.unknownTypes[item.type] ?? 0) + 1;
      continue;
    }
    if (!handler.fn) continue;
    const ctx: NormContext = {
      account: item.account,
      region: handler.source === 'iam' ? 'global' : item.region,
      collector: 'aws-config',
      collectedAt: cc.collectedAt,
      file,
      issues: result.issues,
    };
    if (item.line !== undefined) ctx.line = item.line;
    const d = handler.fn(item, ctx, env);
    if (!d) continue;
    // Config's item tags are the resource's tags as a map; prefer them when the configuration had none.
    if (Object.keys(d.tags).length === 0 && Object.keys(item.tags).length > 0) {
      d.tags = item.tags;
      d.name ??= item.tags.Name;
    }
    d.name ??= item.resourceName;
    drafts.push(d);
  }
  link({
    drafts,
    missing: (what, account, region) =>
      sources.has(`${what}|${account}|${region}`)
        ? undefined
        : `no ${TYPE_OF[what]} items for ${account}/${region} in the input`,
    sgAttachments: env.sgAttachments,
  });
  return drafts;
}

const TYPE_OF: Record<LinkSource, string> = {
  'route-tables': 'AWS::EC2::RouteTable',
  'network-acls': 'AWS::EC2::NetworkAcl',
  'flow-logs': 'AWS::EC2::FlowLog',
  'network-interfaces': 'AWS::EC2::NetworkInterface',
  volumes: 'AWS::EC2::Volume',
  iam: 'AWS::IAM::*',
  kms: 'AWS::KMS::Key',
};
