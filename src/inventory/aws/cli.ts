/**
 * The `aws-cli` collector: a folder of `aws … --output json` outputs, one folder per account and region
 * (`<dir>/<account-id>/<region>/ec2-describe-instances.json`, per-item outputs in sub-folders named after the
 * command: `s3api-get-bucket-policy/<bucket>.json`). See README.md for the full layout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { InputIssue } from '../../core/index.js';
import type { CollectContext, CollectResult, CoverageGap, OfflineCollector } from '../types.js';
import { emptyResult, mergeResults } from '../types.js';
import { normalizeCluster, normalizeFunction, normalizeInstance, normalizeLoadBalancer } from './compute.js';
import { collectConfigFile, looksLikeConfig } from './config.js';
import {
  type Draft,
  dataFact,
  type Fact,
  type NormContext,
  noneFact,
  reportRecord,
  unknownFact,
} from './draft.js';
import { ACCOUNT_RE, get, isObj, list, type Obj, parseArn, REGION_RE, str, strings } from './fields.js';
import {
  type CredentialReport,
  type CredentialRow,
  normalizeAccount,
  normalizeGroup,
  normalizeManagedPolicy,
  normalizeRole,
  normalizeUser,
  parseCredentialReport,
  rootFromReport,
  userFromReport,
} from './identity.js';
import { errorCategory, parseCliError, parseJson } from './json.js';
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
  noRecorder,
  normalizeAlarm,
  normalizeDbInstance,
  normalizeKey,
  normalizeLogGroup,
  normalizeRecorder,
  normalizeSecret,
  normalizeTable,
  normalizeTrail,
} from './services.js';
import { type BucketInput, normalizeBucket, normalizeSnapshot, normalizeVolume } from './storage.js';

// ---------------------------------------------------------------------------------------------------------------
// The commands Verity reads
// ---------------------------------------------------------------------------------------------------------------

interface CommandSpec {
  service: string;
  kinds: string[];
  /** Regional (one output per Region) or one per account. */
  scope: 'region' | 'account';
  /** A missing output is a coverage gap (the resources it lists are unknown). */
  required?: boolean;
  /** A per-item command: a folder of `<item>.json`. */
  perItem?: boolean;
  /** Error codes that mean "not configured" rather than a failure. */
  none?: string[];
  /** An empty output (or `{}`) means "not configured". */
  emptyIsNone?: boolean;
  /** The link sources this output provides. */
  provides?: LinkSource;
}

const r = (service: string, kinds: string[], extra: Partial<CommandSpec> = {}): CommandSpec => ({
  service,
  kinds,
  scope: 'region',
  required: true,
  ...extra,
});
const item = (service: string, kinds: string[], extra: Partial<CommandSpec> = {}): CommandSpec => ({
  service,
  kinds,
  scope: 'region',
  perItem: true,
  ...extra,
});

export const COMMANDS: Record<string, CommandSpec> = {
  'ec2-describe-instances': r('ec2', ['compute.instance']),
  'ec2-describe-security-groups': r('vpc', ['network.security-group']),
  'ec2-describe-network-interfaces': r('ec2', ['network.interface'], { provides: 'network-interfaces' }),
  'ec2-describe-subnets': r('vpc', ['network.subnet']),
  'ec2-describe-vpcs': r('vpc', ['network.vpc']),
  'ec2-describe-route-tables': r('vpc', ['network.route-table'], { provides: 'route-tables' }),
  'ec2-describe-network-acls': r('vpc', ['network.acl'], { provides: 'network-acls' }),
  'ec2-describe-volumes': r('ebs', ['storage.volume'], { provides: 'volumes' }),
  'ec2-describe-snapshots': r('ebs', ['storage.snapshot']),
  'ec2-describe-flow-logs': r('vpc', ['logging.flow-log'], { provides: 'flow-logs' }),
  'ec2-get-ebs-encryption-by-default': r('ebs', ['storage.volume'], { required: false }),
  'ec2-describe-snapshot-attribute': item('ebs', ['storage.snapshot']),
  'rds-describe-db-instances': r('rds', ['database.instance']),
  'kms-list-keys': r('kms', ['crypto.key'], { provides: 'kms' }),
  'kms-list-aliases': r('kms', ['crypto.key'], { required: false }),
  'kms-describe-key': item('kms', ['crypto.key']),
  'kms-get-key-rotation-status': item('kms', ['crypto.key'], { none: ['UnsupportedOperationException'] }),
  'kms-get-key-policy': item('kms', ['crypto.key']),
  'cloudtrail-describe-trails': r('cloudtrail', ['logging.trail']),
  'cloudtrail-get-trail-status': item('cloudtrail', ['logging.trail']),
  'cloudtrail-get-event-selectors': item('cloudtrail', ['logging.trail']),
  'lambda-list-functions': r('lambda', ['compute.function']),
  'lambda-get-function-url-config': item('lambda', ['compute.function'], {
    none: ['ResourceNotFoundException'],
  }),
  'lambda-get-policy': item('lambda', ['compute.function'], { none: ['ResourceNotFoundException'] }),
  'lambda-get-runtime-management-config': item('lambda', ['compute.function']),
  'dynamodb-list-tables': r('dynamodb', ['database.nosql-table'], { required: false }),
  'dynamodb-describe-table': item('dynamodb', ['database.nosql-table']),
  'dynamodb-describe-continuous-backups': item('dynamodb', ['database.nosql-table']),
  'elbv2-describe-load-balancers': r('elb', ['network.load-balancer']),
  'elbv2-describe-listeners': item('elb', ['network.load-balancer']),
  'elbv2-describe-load-balancer-attributes': item('elb', ['network.load-balancer']),
  'eks-list-clusters': r('eks', ['compute.container-cluster'], { required: false }),
  'eks-describe-cluster': item('eks', ['compute.container-cluster']),
  'secretsmanager-list-secrets': r('secrets-manager', ['secrets.secret']),
  'config-describe-configuration-recorders': r('config', ['monitoring.config']),
  'config-describe-configuration-recorder-status': r('config', ['monitoring.config'], { required: false }),
  'logs-describe-log-groups': r('cloudwatch', ['logging.log-group']),
  'logs-describe-metric-filters': r('cloudwatch', ['logging.log-group'], { required: false }),
  'cloudwatch-describe-alarms': r('cloudwatch', ['monitoring.alarm'], { required: false }),
  // Regional account settings, kept in the account's `raw` for the account-level checks.
  'guardduty-list-detectors': r('guardduty', ['identity.account'], { required: false }),
  'guardduty-get-detector': item('guardduty', ['identity.account']),
  'securityhub-describe-hub': r('security-hub', ['identity.account'], {
    required: false,
    none: ['InvalidAccessException', 'ResourceNotFoundException'],
  }),
  'accessanalyzer-list-analyzers': r('iam', ['identity.account'], { required: false }),
  // Account-wide
  's3api-list-buckets': { service: 's3', kinds: ['storage.bucket'], scope: 'account', required: true },
  's3control-get-public-access-block': {
    service: 's3',
    kinds: ['storage.bucket'],
    scope: 'account',
    none: ['NoSuchPublicAccessBlockConfiguration'],
  },
  'iam-get-account-authorization-details': {
    service: 'iam',
    kinds: ['identity.principal', 'identity.group', 'identity.role', 'identity.policy'],
    scope: 'account',
    required: true,
    provides: 'iam',
  },
  'iam-get-account-summary': {
    service: 'iam',
    kinds: ['identity.account'],
    scope: 'account',
    required: true,
  },
  'iam-get-account-password-policy': {
    service: 'iam',
    kinds: ['identity.account'],
    scope: 'account',
    none: ['NoSuchEntity'],
  },
  'iam-credential-report': {
    service: 'iam',
    kinds: ['identity.principal', 'identity.account'],
    scope: 'account',
  },
  'iam-get-credential-report': {
    service: 'iam',
    kinds: ['identity.principal', 'identity.account'],
    scope: 'account',
  },
  'iam-list-virtual-mfa-devices': { service: 'iam', kinds: ['identity.account'], scope: 'account' },
  'ec2-describe-regions': { service: 'ec2', kinds: ['identity.account'], scope: 'account' },
  'organizations-describe-account': {
    service: 'organizations',
    kinds: ['identity.account'],
    scope: 'account',
  },
  'account-get-alternate-contact': {
    service: 'organizations',
    kinds: ['identity.account'],
    scope: 'account',
    perItem: true,
    none: ['ResourceNotFoundException'],
  },
};

const BUCKET_COMMANDS: Record<string, Partial<CommandSpec>> = {
  's3api-get-bucket-encryption': { none: ['ServerSideEncryptionConfigurationNotFoundError'] },
  's3api-get-public-access-block': { none: ['NoSuchPublicAccessBlockConfiguration'] },
  's3api-get-bucket-policy': { none: ['NoSuchBucketPolicy'] },
  's3api-get-bucket-versioning': { emptyIsNone: true },
  's3api-get-bucket-logging': { emptyIsNone: true },
  's3api-get-bucket-acl': {},
  's3api-get-bucket-ownership-controls': { none: ['OwnershipControlsNotFoundError'] },
  's3api-get-bucket-lifecycle-configuration': { none: ['NoSuchLifecycleConfiguration'] },
  's3api-get-bucket-replication': { none: ['ReplicationConfigurationNotFoundError'] },
  's3api-get-object-lock-configuration': { none: ['ObjectLockConfigurationNotFoundError'] },
  's3api-get-bucket-tagging': { none: ['NoSuchTagSet'] },
  's3api-get-bucket-location': {},
};
for (const [name, extra] of Object.entries(BUCKET_COMMANDS)) {
  COMMANDS[name] = { service: 's3', kinds: ['storage.bucket'], scope: 'account', perItem: true, ...extra };
}

/** The command a file or folder name stands for (`ec2-describe-vpcs.json` → `ec2-describe-vpcs`). */
function commandOf(name: string): string | undefined {
  const base = name.replace(/\.(json|csv)$/i, '');
  return base in COMMANDS ? base : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Folder layout
// ---------------------------------------------------------------------------------------------------------------

/** A folder holding outputs of one account and Region (or of the account, for `global`). */
interface DataDir {
  path: string;
  account?: string;
  /** A Region name, `global`, or undefined when the folder is not named after one. */
  region?: string;
  files: Map<string, string>;
  dirs: Map<string, string>;
}

const isRegionName = (n: string) => REGION_RE.test(n) || n === 'global';
/** How the outputs of commands Verity does not read are named: `<service>-<describe|get|list>-<what>`. */
const CLI_NAME = /^[a-z0-9]+-(?:describe|get|list|generate|lookup|search|batch-get)-[a-z0-9-]+$/;

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function holdsOutputs(dir: string): boolean {
  return safeList(dir).some((n) => commandOf(n) !== undefined);
}

/** A folder of CLI outputs: a Region folder, an account folder of Region folders, or an organization of accounts. */
export function detectCliFolder(path: string): boolean {
  if (!isDir(path)) return false;
  if (holdsOutputs(path)) return true;
  return safeList(path).some((child) => {
    const c = join(path, child);
    if (!(ACCOUNT_RE.test(child) || isRegionName(child)) || !isDir(c)) return false;
    if (holdsOutputs(c)) return true;
    return safeList(c).some((g) => isRegionName(g) && holdsOutputs(join(c, g)));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading files
// ---------------------------------------------------------------------------------------------------------------

type Read =
  | {
      kind: 'json';
      value: unknown;
      lineOf: (node: unknown, index?: number) => number | undefined;
      text: string;
    }
  | { kind: 'text'; text: string }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'empty' }
  | { kind: 'malformed'; message: string };

class Session {
  readonly result: CollectResult = emptyResult();
  readonly #cache = new Map<string, Read>();
  /** Failed per-item calls, aggregated into one gap per account, Region, command and error. */
  readonly #failures = new Map<string, { gap: CoverageGap; count: number }>();

  constructor(readonly ctx: CollectContext) {}

  get issues(): InputIssue[] {
    return this.result.issues;
  }

  read(file: string): Read {
    const cached = this.#cache.get(file);
    if (cached) return cached;
    let out: Read;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
      this.result.files.push(file);
    } catch (error) {
      out = { kind: 'malformed', message: `could not be read: ${(error as Error).message}` };
      this.issues.push({ file, message: out.message });
      this.#cache.set(file, out);
      return out;
    }
    if (text.trim() === '') out = { kind: 'empty' };
    else if (extname(file).toLowerCase() === '.csv') out = { kind: 'text', text };
    else {
      const cliError = parseCliError(text);
      if (cliError) out = { kind: 'error', code: cliError.code, message: cliError.message };
      else {
        const parsed = parseJson(text);
        if (parsed.ok) out = { kind: 'json', value: parsed.value, lineOf: parsed.lineOf, text };
        else {
          out = { kind: 'malformed', message: parsed.error.message };
          this.issues.push({
            file,
            line: parsed.error.line,
            column: parsed.error.column,
            message: `${parsed.error.message}; file skipped`,
          });
        }
      }
    }
    this.#cache.set(file, out);
    return out;
  }

  gap(gap: CoverageGap): void {
    this.result.coverage.push(gap);
  }

  failure(
    command: string,
    account: string,
    region: string | undefined,
    code: string,
    message: string,
    file: string,
  ): void {
    const spec = COMMANDS[command];
    const key = `${account}|${region}|${command}|${code}`;
    const seen = this.#failures.get(key);
    if (seen) {
      seen.count++;
      return;
    }
    const gap: CoverageGap = {
      provider: 'aws',
      service: spec?.service ?? '*',
      account,
      operation: command,
      error: errorCategory(code),
      message: `${code}: ${message} (${file})`,
      kinds: spec?.kinds ?? [],
    };
    if (region) gap.region = region;
    this.#failures.set(key, { gap, count: 1 });
  }

  finish(): CollectResult {
    for (const { gap, count } of this.#failures.values()) {
      if (count > 1) gap.message = `${count} calls failed, e.g. ${gap.message}`;
      this.result.coverage.push(gap);
    }
    return this.result;
  }

  countUnknown(type: string, n = 1): void {
    this.result.unknownTypes[type] = (this.result.unknownTypes[type] ?? 0) + n;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The collector
// ---------------------------------------------------------------------------------------------------------------

export const awsCliCollector: OfflineCollector = {
  format: 'aws-cli',
  title: 'AWS CLI JSON outputs (one folder per account and Region)',
  wantsDirectory: true,
  detect: (path) => detectCliFolder(path),
  collect: async (path, ctx) => collectCli(path, ctx),
};

export async function collectCli(root: string, ctx: CollectContext): Promise<CollectResult> {
  const session = new Session(ctx);
  const dataDirs: DataDir[] = [];
  const extra: CollectResult[] = [];
  if (!isDir(root)) {
    // A single output file: read it as a folder holding only that file.
    const name = basename(root);
    const command = commandOf(name);
    const dir: DataDir = { path: join(root, '..'), files: new Map(), dirs: new Map() };
    if (command) dir.files.set(command, root);
    else session.countUnknown(`aws-cli:${name}`);
    dataDirs.push(dir);
  } else {
    await walk(root, undefined, undefined, 0, dataDirs, extra, session);
  }

  // Which account each folder belongs to: its folder name, else the data.
  const accounts = new Map<string, DataDir[]>();
  for (const dir of dataDirs) {
    const account = dir.account ?? inferAccount(dir, session);
    if (!account) {
      session.issues.push({
        file: dir.path,
        message:
          'cannot tell which AWS account these outputs belong to: name the folder after the 12-digit account id',
      });
      continue;
    }
    dir.account = account;
    accounts.set(account, [...(accounts.get(account) ?? []), dir]);
  }
  let done = 0;
  for (const [account, dirs] of accounts) {
    ctx.progress?.(done++, accounts.size, account);
    collectAccount(account, dirs, session);
  }
  const result = session.finish();
  for (const e of extra) mergeResults(result, e);
  return result;
}

async function walk(
  dir: string,
  account: string | undefined,
  region: string | undefined,
  depth: number,
  out: DataDir[],
  extra: CollectResult[],
  session: Session,
): Promise<void> {
  const here: DataDir = { path: dir, files: new Map(), dirs: new Map() };
  if (account) here.account = account;
  if (region) here.region = region;
  for (const name of safeList(dir)) {
    const p = join(dir, name);
    if (isDir(p)) {
      if (commandOf(name) && COMMANDS[name]?.perItem) here.dirs.set(name, p);
      else if (ACCOUNT_RE.test(name)) await walk(p, name, undefined, depth + 1, out, extra, session);
      else if (isRegionName(name)) await walk(p, account, name, depth + 1, out, extra, session);
      else if (CLI_NAME.test(name)) {
        // Per-item outputs of a command Verity does not read: counted, not dropped silently.
        session.countUnknown(`aws-cli:${name}`, safeList(p).length);
      } else if (depth < 8) await walk(p, account, region, depth + 1, out, extra, session);
      continue;
    }
    const command = commandOf(name);
    if (command) {
      here.files.set(command, p);
      continue;
    }
    const ext = extname(name).toLowerCase();
    if (ext === '.json' && looksLikeConfig(p)) {
      extra.push(await collectConfigFile(p, session.ctx));
      continue;
    }
    const base = name.replace(/\.(json|csv)$/i, '');
    if ((ext === '.json' || ext === '.csv') && CLI_NAME.test(base)) session.countUnknown(`aws-cli:${base}`);
    else if (ext === '.json' || ext === '.csv')
      session.issues.push({
        file: p,
        message: 'not named after an AWS CLI command Verity reads (see the aws-cli layout); skipped',
      });
    // Other files (README.md, notes) are not outputs: skipped silently.
  }
  if (here.files.size > 0 || here.dirs.size > 0) out.push(here);
}

/** The account of a folder not named after one: an OwnerId, AccountId or ARN in its outputs. */
function inferAccount(dir: DataDir, session: Session): string | undefined {
  for (const file of dir.files.values()) {
    const read = session.read(file);
    if (read.kind !== 'json') continue;
    const m =
      /"(?:OwnerId|AccountId|aWSAccountId|AWSAccountId)"\s*:\s*"(\d{12})"/.exec(read.text) ??
      /"arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/.exec(read.text);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** The Region of a folder not named after one: a regional ARN or an Availability Zone in the output. */
function inferRegion(text: string): string | undefined {
  const arn = /"arn:aws[\w-]*:[\w-]+:([a-z]{2}(?:-gov)?-[a-z]+-\d):/.exec(text);
  if (arn?.[1]) return arn[1];
  const az = /"(?:AvailabilityZone|availabilityZone)"\s*:\s*"([a-z]{2}(?:-gov)?-[a-z]+-\d)[a-z]"/.exec(text);
  return az?.[1];
}

// ---------------------------------------------------------------------------------------------------------------
// One account
// ---------------------------------------------------------------------------------------------------------------

interface AccountState {
  account: string;
  session: Session;
  drafts: Draft[];
  /** `what|account|region` → why it is missing (absent when collected). */
  sources: Map<string, string | true>;
  aliases: Map<string, string>;
  /** The account document (`raw` of the `identity.account`), with per-Region maps filled Region by Region. */
  accountRaw: Record<string, unknown>;
  /** What the account document lacks, and why (`raw.GuardDuty`, `logging.trail`). */
  accountUnknown: Map<string, string[]>;
}

function collectAccount(account: string, dirs: DataDir[], session: Session): void {
  const state: AccountState = {
    account,
    session,
    drafts: [],
    sources: new Map(),
    aliases: new Map(),
    accountRaw: {},
    accountUnknown: new Map(),
  };
  // Account-wide outputs: `global` first, then the account folder, then Regions.
  const ordered = [...dirs].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));

  const iam = collectIam(state, ordered);
  collectBuckets(state, ordered);

  const regional = new Map<string, DataDir[]>();
  for (const dir of ordered) {
    const hasRegional = [...dir.files.keys(), ...dir.dirs.keys()].some(
      (c) => COMMANDS[c]?.scope === 'region',
    );
    if (!hasRegional) continue;
    let region = dir.region && dir.region !== 'global' ? dir.region : undefined;
    if (!region) {
      for (const [command, file] of dir.files) {
        if (COMMANDS[command]?.scope !== 'region') continue;
        const read = session.read(file);
        region = read.kind === 'json' ? inferRegion(read.text) : undefined;
        if (region) break;
      }
    }
    if (!region) {
      session.issues.push({
        file: dir.path,
        message:
          'cannot tell which Region these outputs belong to: put them in a folder named after the Region',
      });
      continue;
    }
    regional.set(region, [...(regional.get(region) ?? []), dir]);
  }
  const trails: { data: Obj; ctx: NormContext; dir: DataDir }[] = [];
  for (const [region, rdirs] of regional) {
    for (const dir of rdirs) collectRegion(state, dir, region, trails);
  }
  collectTrails(state, trails, [...regional.values()].flat());
  collectAccountDocument(state, ordered, iam);

  link({
    drafts: state.drafts,
    missing: (what, acct, region) => {
      const v = state.sources.get(`${what}|${acct}|${region}`);
      if (v === true) return undefined;
      return v ?? `no ${what} data collected for ${acct}/${region}`;
    },
    aliases: state.aliases,
  });
  for (const d of state.drafts) session.result.resources.push(d.toInput());
}

function rank(dir: DataDir): number {
  if (dir.region === 'global') return 0;
  if (dir.region === undefined) return 1;
  return 2;
}

function normCtx(state: AccountState, region: string, file: string, line?: number): NormContext {
  const ctx: NormContext = {
    account: state.account,
    region,
    collector: 'aws-cli',
    collectedAt: state.session.ctx.collectedAt,
    file,
    issues: state.session.issues,
  };
  if (line !== undefined) ctx.line = line;
  return ctx;
}

/** The list inside an output (`Reservations`, `SecurityGroups`), also accepting pages or a bare list. */
function records(value: unknown, key: string): unknown[] {
  if (isObj(value)) return list(value, key) ?? [];
  if (Array.isArray(value)) {
    if (value.every((v) => isObj(v) && get(v, key) !== undefined))
      return value.flatMap((v) => list(v, key) ?? []);
    return value;
  }
  return [];
}

interface Output {
  value: unknown;
  file: string;
  lineOf: (node: unknown, index?: number) => number | undefined;
}

/**
 * Reads a list output. Missing, failed or malformed outputs become a coverage gap (for required commands) and
 * the reason is returned so that properties depending on it can say why they are unknown.
 */
function output(
  state: AccountState,
  dir: DataDir | undefined,
  command: string,
  region: string | undefined,
): Output | string {
  const spec = COMMANDS[command];
  const file = dir?.files.get(command);
  const where = `${state.account}/${region ?? 'account'}`;
  const gap = (error: CoverageGap['error'], message: string) => {
    if (!spec?.required) return;
    const g: CoverageGap = {
      provider: 'aws',
      service: spec.service,
      account: state.account,
      operation: command,
      error,
      message,
      kinds: spec.kinds,
    };
    if (region && region !== 'global') g.region = region;
    state.session.gap(g);
  };
  if (!file) {
    const reason = `${command}.json missing for ${where}`;
    gap('not-found', `${reason}: not collected`);
    return reason;
  }
  const read = state.session.read(file);
  switch (read.kind) {
    case 'json':
      return { value: read.value, file, lineOf: read.lineOf };
    case 'text':
      return { value: read.text, file, lineOf: () => undefined };
    case 'empty':
      if (spec?.emptyIsNone) return { value: {}, file, lineOf: () => undefined };
      gap('invalid-input', `${file} is empty`);
      return `${file} is empty`;
    case 'error':
      if (spec?.none?.includes(read.code)) return { value: null, file, lineOf: () => undefined };
      gap(errorCategory(read.code), `${read.code}: ${read.message} (${file})`);
      return `${command} failed: ${read.code}`;
    case 'malformed':
      gap('invalid-input', `${file}: ${read.message}`);
      return `${file} is malformed (see issues)`;
  }
}

/** A per-item output (`<command>/<key>.json`) as a fact. */
function itemFact(
  state: AccountState,
  dirs: (DataDir | undefined)[],
  command: string,
  key: string,
  region?: string,
): Fact {
  const spec = COMMANDS[command];
  const folder = dirs.map((d) => d?.dirs.get(command)).find((f) => f !== undefined);
  if (!folder) return unknownFact(`${command}/ not collected`);
  const file = join(folder, `${key}.json`);
  if (!existsSync(file)) return unknownFact(`${command}/${key}.json missing`);
  const read = state.session.read(file);
  switch (read.kind) {
    case 'json':
      if (spec?.emptyIsNone && isObj(read.value) && Object.keys(read.value).length === 0) return noneFact();
      return dataFact(read.value);
    case 'empty':
      return spec?.emptyIsNone ? noneFact() : unknownFact(`${command}/${key}.json is empty`);
    case 'text':
      return unknownFact(`${command}/${key}.json is not JSON`);
    case 'error':
      if (spec?.none?.includes(read.code)) return noneFact(read.code);
      state.session.failure(command, state.account, region, read.code, read.message, file);
      return unknownFact(`${command} failed: ${read.code}`);
    case 'malformed':
      return unknownFact(`${command}/${key}.json is malformed (see issues)`);
  }
}

/** The first folder of the account holding `command` (account-wide outputs). */
function accountDir(dirs: DataDir[], command: string): DataDir | undefined {
  return dirs.find((d) => d.files.has(command));
}

function markSource(state: AccountState, what: LinkSource, region: string, out: Output | string): void {
  state.sources.set(`${what}|${state.account}|${region}`, typeof out === 'string' ? out : true);
}

function each(
  state: AccountState,
  out: Output,
  key: string,
  region: string,
  fn: (record: Obj, ctx: NormContext) => Draft | Draft[] | undefined,
): void {
  const direct = isObj(out.value) ? list(out.value, key) : undefined;
  records(out.value, key).forEach((rec, i) => {
    if (!isObj(rec)) {
      const line = direct ? out.lineOf(direct, i) : out.lineOf(out.value);
      reportRecord(normCtx(state, region, out.file, line), `an entry of ${key} is not an object; skipped`);
      return;
    }
    const d = fn(rec, normCtx(state, region, out.file, out.lineOf(rec)));
    if (Array.isArray(d)) state.drafts.push(...d);
    else if (d) state.drafts.push(d);
  });
}

// --- IAM ---------------------------------------------------------------------------------------------------------

function collectIam(state: AccountState, dirs: DataDir[]): { root: Fact } {
  const authDir = accountDir(dirs, 'iam-get-account-authorization-details');
  const auth = output(state, authDir, 'iam-get-account-authorization-details', 'global');
  markSource(state, 'iam', 'global', auth);

  // Credential report: the decoded CSV, or `get-credential-report` JSON with base64 Content.
  let report: Fact = unknownFact('iam-credential-report.csv missing');
  const csvDir = accountDir(dirs, 'iam-credential-report');
  const jsonDir = accountDir(dirs, 'iam-get-credential-report');
  if (csvDir) {
    const out = output(state, csvDir, 'iam-credential-report', 'global');
    report = typeof out === 'string' ? unknownFact(out) : dataFact(parseCredentialReport(String(out.value)));
  } else if (jsonDir) {
    const out = output(state, jsonDir, 'iam-get-credential-report', 'global');
    const content = typeof out === 'string' ? undefined : str(out.value, 'Content');
    report = content
      ? dataFact(parseCredentialReport(Buffer.from(content, 'base64').toString('utf8')))
      : unknownFact(typeof out === 'string' ? out : 'iam-get-credential-report.json has no Content');
  }

  if (typeof auth !== 'string') {
    const groupsByName = new Map<string, string>();
    for (const g of records(auth.value, 'GroupDetailList')) {
      const name = str(g, 'GroupName');
      const arn = str(g, 'Arn');
      if (name && arn) groupsByName.set(name, arn);
    }
    const partition = parseArn(groupsByName.values().next().value ?? '')?.partition ?? 'aws';
    const groupArn = (name: string) =>
      groupsByName.get(name) ?? `arn:${partition}:iam::${state.account}:group/${name}`;
    each(state, auth, 'UserDetailList', 'global', (rec, ctx) => normalizeUser(rec, ctx, report, groupArn));
    each(state, auth, 'GroupDetailList', 'global', (rec, ctx) => normalizeGroup(rec, ctx));
    each(state, auth, 'RoleDetailList', 'global', (rec, ctx) => normalizeRole(rec, ctx));
    each(state, auth, 'Policies', 'global', (rec, ctx) => normalizeManagedPolicy(rec, ctx));
  } else if (report.state === 'data') {
    const file =
      (csvDir ?? jsonDir)?.files.get(csvDir ? 'iam-credential-report' : 'iam-get-credential-report') ?? '';
    for (const row of (report.value as CredentialReport).users.values()) {
      const d = userFromReport(row, normCtx(state, 'global', file));
      if (d) state.drafts.push(d);
    }
  }

  const root: Fact =
    report.state === 'data'
      ? (report.value as CredentialReport).root
        ? dataFact((report.value as CredentialReport).root)
        : unknownFact('the credential report has no <root_account> row')
      : report;
  if (root.state === 'data') {
    const file =
      (csvDir ?? jsonDir)?.files.get(csvDir ? 'iam-credential-report' : 'iam-get-credential-report') ?? '';
    state.drafts.push(rootFromReport(root.value as CredentialRow, normCtx(state, 'global', file)));
  }
  return { root };
}

/** The `identity.account`: IAM account settings, and the account document the account-level checks read. */
function collectAccountDocument(state: AccountState, dirs: DataDir[], iam: { root: Fact }): void {
  const o = (command: string) => output(state, accountDir(dirs, command), command, 'global');
  const raw = state.accountRaw;
  const missing = (path: string, reason: string) => state.accountUnknown.set(path, [reason]);
  const summary = o('iam-get-account-summary');
  const pp = o('iam-get-account-password-policy');

  const regions = o('ec2-describe-regions');
  if (typeof regions !== 'string') raw.Regions = records(regions.value, 'Regions');
  else missing('raw.Regions', regions);
  const mfa = o('iam-list-virtual-mfa-devices');
  if (typeof mfa !== 'string') raw.VirtualMFADevices = records(mfa.value, 'VirtualMFADevices');
  else missing('raw.VirtualMFADevices', mfa);
  const account = o('organizations-describe-account');
  if (typeof account !== 'string') raw.Account = get(account.value, 'Account') ?? account.value;
  const pab = o('s3control-get-public-access-block');
  if (typeof pab !== 'string') {
    // No account-level configuration means none of the four settings is on.
    raw.PublicAccessBlockConfiguration =
      pab.value === null
        ? {
            BlockPublicAcls: false,
            IgnorePublicAcls: false,
            BlockPublicPolicy: false,
            RestrictPublicBuckets: false,
          }
        : (get(pab.value, 'PublicAccessBlockConfiguration') ?? pab.value);
  } else missing('raw.PublicAccessBlockConfiguration', pab);
  const contactsDir = dirs.find((d) => d.dirs.has('account-get-alternate-contact'));
  if (contactsDir) {
    const contacts: unknown[] = [];
    for (const type of ['BILLING', 'OPERATIONS', 'SECURITY']) {
      const f = itemFact(state, [contactsDir], 'account-get-alternate-contact', type);
      if (f.state === 'data') contacts.push(get(f.value, 'AlternateContact') ?? f.value);
    }
    raw.AlternateContacts = contacts;
  } else missing('raw.AlternateContacts', 'account-get-alternate-contact/<TYPE>.json not collected');

  const ctxFile =
    accountDir(dirs, 'iam-get-account-summary')?.files.get('iam-get-account-summary') ??
    accountDir(dirs, 'iam-get-account-authorization-details')?.files.get(
      'iam-get-account-authorization-details',
    ) ??
    dirs[0]?.path ??
    '';
  const d = normalizeAccount(
    {
      summary: typeof summary === 'string' ? unknownFact(summary) : dataFact(summary.value),
      passwordPolicy:
        typeof pp === 'string'
          ? unknownFact(pp)
          : pp.value === null
            ? noneFact('NoSuchEntity')
            : dataFact(pp.value),
      root: iam.root,
      raw,
    },
    normCtx(state, 'global', ctxFile),
  );
  for (const [path, reasons] of state.accountUnknown) d.unknownBecause(path, reasons.join('; '));
  state.drafts.push(d);
}

/** Records a per-Region account setting (`raw.GuardDuty[region]`), or why it is unknown there. */
function regionalSetting(
  state: AccountState,
  key: string,
  region: string,
  value: unknown,
  reason?: string,
): void {
  if (reason !== undefined) {
    const path = `raw.${key}`;
    state.accountUnknown.set(path, [...(state.accountUnknown.get(path) ?? []), `${region}: ${reason}`]);
    return;
  }
  if (!isObj(state.accountRaw[key])) state.accountRaw[key] = {};
  const map = state.accountRaw[key] as Record<string, unknown>;
  map[region] = value;
}

// --- S3 ----------------------------------------------------------------------------------------------------------

function collectBuckets(state: AccountState, dirs: DataDir[]): void {
  const listDir = accountDir(dirs, 's3api-list-buckets');
  const out = output(state, listDir, 's3api-list-buckets', undefined);
  if (typeof out === 'string') return;
  const pabDir = accountDir(dirs, 's3control-get-public-access-block');
  const pab = output(state, pabDir, 's3control-get-public-access-block', undefined);
  const accountBlock: Fact =
    typeof pab === 'string'
      ? unknownFact(`account-level block unknown: ${pab}`)
      : pab.value === null
        ? noneFact('NoSuchPublicAccessBlockConfiguration')
        : dataFact(pab.value);
  // Per-bucket folders next to the list, else anywhere in the account.
  const search = [listDir, ...dirs.filter((d) => d !== listDir)];
  const fallbackRegion = listDir?.region && listDir.region !== 'global' ? listDir.region : '';
  for (const rec of records(out.value, 'Buckets')) {
    if (!isObj(rec)) continue;
    const name = str(rec, 'Name');
    const ctx0 = normCtx(state, fallbackRegion, out.file, out.lineOf(rec));
    if (!name) {
      reportRecord(ctx0, 'a bucket has no Name; skipped');
      continue;
    }
    const fact = (command: string) => itemFact(state, search, command, name, fallbackRegion || undefined);
    const location = fact('s3api-get-bucket-location');
    const region =
      str(rec, 'BucketRegion') ??
      (location.state === 'data' ? bucketLocation(get(location.value, 'LocationConstraint')) : undefined) ??
      fallbackRegion;
    const tagging = fact('s3api-get-bucket-tagging');
    const input: BucketInput = {
      name,
      region,
      acl: fact('s3api-get-bucket-acl'),
      policy: fact('s3api-get-bucket-policy'),
      publicAccessBlock: fact('s3api-get-public-access-block'),
      accountPublicAccessBlock: accountBlock,
      encryption: fact('s3api-get-bucket-encryption'),
      versioning: fact('s3api-get-bucket-versioning'),
      logging: fact('s3api-get-bucket-logging'),
      ownership: fact('s3api-get-bucket-ownership-controls'),
      lifecycle: fact('s3api-get-bucket-lifecycle-configuration'),
      replication: fact('s3api-get-bucket-replication'),
      objectLock: fact('s3api-get-object-lock-configuration'),
    };
    const created = str(rec, 'CreationDate');
    if (created) input.creationDate = created;
    if (tagging.state === 'data') {
      const tags: Record<string, string> = {};
      for (const t of list(tagging.value, 'TagSet') ?? []) {
        const k = str(t, 'Key');
        if (k) tags[k] = str(t, 'Value') ?? '';
      }
      input.tags = tags;
    }
    // The bucket's raw: its list-buckets entry with each configuration under the name AWS Config gives it.
    const raw: Record<string, unknown> = { ...rec };
    const supplementary: [keyof BucketInput, string, string?][] = [
      ['acl', 'AccessControlList'],
      ['policy', 'BucketPolicy'],
      ['publicAccessBlock', 'PublicAccessBlockConfiguration', 'PublicAccessBlockConfiguration'],
      ['encryption', 'ServerSideEncryptionConfiguration', 'ServerSideEncryptionConfiguration'],
      ['versioning', 'BucketVersioningConfiguration'],
      ['logging', 'BucketLoggingConfiguration'],
      ['ownership', 'BucketOwnershipControls', 'OwnershipControls'],
      ['lifecycle', 'BucketLifecycleConfiguration'],
      ['replication', 'BucketReplicationConfiguration', 'ReplicationConfiguration'],
      ['objectLock', 'ObjectLockConfiguration', 'ObjectLockConfiguration'],
    ];
    for (const [key, name, inner] of supplementary) {
      const f = input[key] as Fact;
      if (f.state === 'data') raw[name] = (inner ? get(f.value, inner) : undefined) ?? f.value;
    }
    state.drafts.push(normalizeBucket(input, { ...ctx0, region }, raw));
  }
}

/** `get-bucket-location`: null means us-east-1, `EU` the old name of eu-west-1. */
function bucketLocation(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === '') return 'us-east-1';
  if (v === 'EU') return 'eu-west-1';
  return typeof v === 'string' ? v : undefined;
}

// --- One Region --------------------------------------------------------------------------------------------------

function collectRegion(
  state: AccountState,
  dir: DataDir,
  region: string,
  trails: { data: Obj; ctx: NormContext; dir: DataDir }[],
): void {
  const o = (command: string) => output(state, dir, command, region);
  const fact = (command: string, key: string) => itemFact(state, [dir], command, key, region);

  // Network
  const vpcs = o('ec2-describe-vpcs');
  if (typeof vpcs !== 'string') each(state, vpcs, 'Vpcs', region, normalizeVpc);
  const subnets = o('ec2-describe-subnets');
  if (typeof subnets !== 'string') each(state, subnets, 'Subnets', region, normalizeSubnet);
  const tables = o('ec2-describe-route-tables');
  markSource(state, 'route-tables', region, tables);
  if (typeof tables !== 'string') each(state, tables, 'RouteTables', region, normalizeRouteTable);
  const acls = o('ec2-describe-network-acls');
  markSource(state, 'network-acls', region, acls);
  if (typeof acls !== 'string') each(state, acls, 'NetworkAcls', region, normalizeNetworkAcl);
  const sgs = o('ec2-describe-security-groups');
  if (typeof sgs !== 'string') each(state, sgs, 'SecurityGroups', region, normalizeSecurityGroup);
  const enis = o('ec2-describe-network-interfaces');
  markSource(state, 'network-interfaces', region, enis);
  if (typeof enis !== 'string') each(state, enis, 'NetworkInterfaces', region, normalizeNetworkInterface);
  const flowLogs = o('ec2-describe-flow-logs');
  markSource(state, 'flow-logs', region, flowLogs);
  if (typeof flowLogs !== 'string') each(state, flowLogs, 'FlowLogs', region, normalizeFlowLog);

  // Compute and storage
  const instances = o('ec2-describe-instances');
  if (typeof instances !== 'string') {
    for (const reservation of records(instances.value, 'Reservations')) {
      each(state, { ...instances, value: reservation }, 'Instances', region, normalizeInstance);
    }
  }
  const byDefault = o('ec2-get-ebs-encryption-by-default');
  const byDefaultFact = typeof byDefault === 'string' ? unknownFact(byDefault) : dataFact(byDefault.value);
  if (typeof byDefault === 'string')
    regionalSetting(state, 'EbsEncryptionByDefault', region, undefined, byDefault);
  else
    regionalSetting(state, 'EbsEncryptionByDefault', region, get(byDefault.value, 'EbsEncryptionByDefault'));
  collectRegionalSettings(state, dir, region);
  const volumes = o('ec2-describe-volumes');
  markSource(state, 'volumes', region, volumes);
  if (typeof volumes !== 'string')
    each(state, volumes, 'Volumes', region, (rec, ctx) => normalizeVolume(rec, ctx, byDefaultFact));
  const snapshots = o('ec2-describe-snapshots');
  if (typeof snapshots !== 'string') {
    each(state, snapshots, 'Snapshots', region, (rec, ctx) => {
      const owner = str(rec, 'OwnerId');
      // Only the account's own snapshots: `describe-snapshots` without `--owner-ids self` lists public ones too.
      if (owner && owner !== state.account) return undefined;
      return normalizeSnapshot(
        rec,
        ctx,
        fact('ec2-describe-snapshot-attribute', str(rec, 'SnapshotId') ?? ''),
      );
    });
  }
  const functions = o('lambda-list-functions');
  if (typeof functions !== 'string') {
    each(state, functions, 'Functions', region, (rec, ctx) => {
      const name = str(rec, 'FunctionName') ?? '';
      return normalizeFunction(rec, ctx, {
        url: fact('lambda-get-function-url-config', name),
        policy: fact('lambda-get-policy', name),
        runtimeManagement: fact('lambda-get-runtime-management-config', name),
      });
    });
  }
  const lbs = o('elbv2-describe-load-balancers');
  if (typeof lbs !== 'string') {
    each(state, lbs, 'LoadBalancers', region, (rec, ctx) => {
      const name = str(rec, 'LoadBalancerName') ?? '';
      return normalizeLoadBalancer(rec, ctx, {
        listeners: fact('elbv2-describe-listeners', name),
        attributes: fact('elbv2-describe-load-balancer-attributes', name),
      });
    });
  }
  perItemList(
    state,
    dir,
    region,
    'eks-list-clusters',
    'clusters',
    'eks-describe-cluster',
    'cluster',
    (value, ctx) => normalizeCluster(value, ctx),
  );

  // Data services
  const dbs = o('rds-describe-db-instances');
  if (typeof dbs !== 'string') each(state, dbs, 'DBInstances', region, normalizeDbInstance);
  perItemList(
    state,
    dir,
    region,
    'dynamodb-list-tables',
    'TableNames',
    'dynamodb-describe-table',
    'Table',
    (value, ctx, name) => normalizeTable(value, ctx, fact('dynamodb-describe-continuous-backups', name)),
  );
  const secrets = o('secretsmanager-list-secrets');
  if (typeof secrets !== 'string') each(state, secrets, 'SecretList', region, normalizeSecret);

  // KMS
  const aliases = o('kms-list-aliases');
  const aliasNames = new Map<string, string[]>();
  if (typeof aliases !== 'string') {
    for (const a of records(aliases.value, 'Aliases')) {
      const aliasArn = str(a, 'AliasArn');
      const target = str(a, 'TargetKeyId');
      if (!aliasArn || !target) continue;
      const keyArn = aliasArn.replace(/:alias\/.*$/, `:key/${target}`);
      state.aliases.set(aliasArn, keyArn);
      aliasNames.set(target, [...(aliasNames.get(target) ?? []), str(a, 'AliasName') ?? aliasArn]);
    }
  }
  const keys = o('kms-list-keys');
  markSource(state, 'kms', region, keys);
  if (typeof keys !== 'string') {
    each(state, keys, 'Keys', region, (rec, ctx) => {
      const keyId = str(rec, 'KeyId');
      if (!keyId) return undefined;
      const input = {
        keyId,
        metadata: fact('kms-describe-key', keyId),
        rotation: fact('kms-get-key-rotation-status', keyId),
        policy: fact('kms-get-key-policy', keyId),
        aliases: aliasNames.get(keyId) ?? [],
      };
      const keyArn = str(rec, 'KeyArn');
      // The key's raw is its KeyMetadata, with the rotation status and key policy beside it.
      const meta =
        input.metadata.state === 'data'
          ? (get(input.metadata.value, 'KeyMetadata') ?? input.metadata.value)
          : rec;
      const raw = {
        ...(isObj(meta) ? meta : rec),
        ...(input.rotation.state === 'data' && isObj(input.rotation.value)
          ? {
              KeyRotationEnabled: get(input.rotation.value, 'KeyRotationEnabled'),
              RotationPeriodInDays: get(input.rotation.value, 'RotationPeriodInDays'),
            }
          : {}),
        ...(input.policy.state === 'data' ? { Policy: get(input.policy.value, 'Policy') } : {}),
      };
      return normalizeKey(keyArn ? { ...input, keyArn } : input, ctx, raw);
    });
  }

  // Logging and monitoring
  const described = o('cloudtrail-describe-trails');
  if (typeof described === 'string') {
    // The account-level trail checks must not read "no trails" where trails could not be listed.
    state.accountUnknown.set('logging.trail', [
      ...(state.accountUnknown.get('logging.trail') ?? []),
      described,
    ]);
  } else {
    for (const t of records(described.value, 'trailList')) {
      if (isObj(t))
        trails.push({ data: t, ctx: normCtx(state, region, described.file, described.lineOf(t)), dir });
    }
  }
  const filters = o('logs-describe-metric-filters');
  const filtersByGroup = new Map<string, unknown[]>();
  if (typeof filters !== 'string') {
    for (const f of records(filters.value, 'metricFilters')) {
      const group = str(f, 'logGroupName');
      if (group) filtersByGroup.set(group, [...(filtersByGroup.get(group) ?? []), f]);
    }
  }
  const groups = o('logs-describe-log-groups');
  if (typeof groups !== 'string') {
    each(state, groups, 'logGroups', region, (rec, ctx) => {
      // The group's metric filters (describe-metric-filters) travel in its raw for the CIS monitoring checks.
      const withFilters =
        typeof filters === 'string'
          ? rec
          : { ...rec, metricFilters: filtersByGroup.get(str(rec, 'logGroupName') ?? '') ?? [] };
      const d = normalizeLogGroup(withFilters, ctx);
      if (d && typeof filters === 'string') d.unknownBecause('raw.metricFilters', filters);
      return d;
    });
  }
  const alarms = o('cloudwatch-describe-alarms');
  if (typeof alarms !== 'string') each(state, alarms, 'MetricAlarms', region, normalizeAlarm);
  const recorders = o('config-describe-configuration-recorders');
  if (typeof recorders !== 'string') {
    const statusOut = o('config-describe-configuration-recorder-status');
    const statuses =
      typeof statusOut === 'string' ? undefined : records(statusOut.value, 'ConfigurationRecordersStatus');
    const list = records(recorders.value, 'ConfigurationRecorders');
    if (list.length === 0) state.drafts.push(noRecorder(normCtx(state, region, recorders.file)));
    each(state, recorders, 'ConfigurationRecorders', region, (rec, ctx) => {
      const name = str(rec, 'name');
      const status = statuses?.find((s) => str(s, 'name') === name);
      const fact: Fact = status
        ? dataFact(status)
        : unknownFact(typeof statusOut === 'string' ? statusOut : `no status for recorder ${name ?? ''}`);
      return normalizeRecorder(rec, ctx, fact);
    });
  }
}

/** GuardDuty, Security Hub and IAM Access Analyzer in one Region, for the account document. */
function collectRegionalSettings(state: AccountState, dir: DataDir, region: string): void {
  const o = (command: string) => output(state, dir, command, region);
  const detectors = o('guardduty-list-detectors');
  if (typeof detectors === 'string') regionalSetting(state, 'GuardDuty', region, undefined, detectors);
  else {
    const id = strings(get(detectors.value, 'DetectorIds'))[0];
    if (!id) regionalSetting(state, 'GuardDuty', region, null);
    else {
      const detector = itemFact(state, [dir], 'guardduty-get-detector', id, region);
      if (detector.state === 'data')
        regionalSetting(state, 'GuardDuty', region, { DetectorId: id, ...(detector.value as Obj) });
      else
        regionalSetting(
          state,
          'GuardDuty',
          region,
          undefined,
          detector.state === 'unknown' ? detector.reason : 'no detector',
        );
    }
  }
  const hub = o('securityhub-describe-hub');
  if (typeof hub === 'string') regionalSetting(state, 'SecurityHub', region, undefined, hub);
  else regionalSetting(state, 'SecurityHub', region, hub.value);
  const analyzers = o('accessanalyzer-list-analyzers');
  if (typeof analyzers === 'string') regionalSetting(state, 'AccessAnalyzers', region, undefined, analyzers);
  else regionalSetting(state, 'AccessAnalyzers', region, records(analyzers.value, 'analyzers'));
}

/**
 * Services listed by name then described one by one (DynamoDB tables, EKS clusters): the names come from the list
 * output or, without it, from the per-item folder.
 */
function perItemList(
  state: AccountState,
  dir: DataDir,
  region: string,
  listCommand: string,
  listKey: string,
  describeCommand: string,
  itemKey: string,
  fn: (value: Obj, ctx: NormContext, name: string) => Draft | undefined,
): void {
  const listFile = dir.files.get(listCommand);
  const folder = dir.dirs.get(describeCommand);
  let names: string[] = [];
  if (listFile) {
    const read = state.session.read(listFile);
    if (read.kind === 'json') names = strings(get(read.value, listKey));
  } else if (folder) {
    names = safeList(folder)
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5));
  } else {
    const spec = COMMANDS[describeCommand];
    state.session.gap({
      provider: 'aws',
      service: spec?.service ?? '*',
      account: state.account,
      region,
      operation: listCommand,
      error: 'not-found',
      message: `neither ${listCommand}.json nor ${describeCommand}/ found for ${state.account}/${region}: not collected`,
      kinds: spec?.kinds ?? [],
    });
    return;
  }
  for (const name of names) {
    const file = folder ? join(folder, `${name}.json`) : undefined;
    if (!file || !existsSync(file)) {
      state.session.gap({
        provider: 'aws',
        service: COMMANDS[describeCommand]?.service ?? '*',
        account: state.account,
        region,
        operation: `${describeCommand}/${name}.json`,
        error: 'not-found',
        message: `${name} is listed but ${describeCommand}/${name}.json is missing`,
        kinds: COMMANDS[describeCommand]?.kinds ?? [],
      });
      continue;
    }
    const read = state.session.read(file);
    if (read.kind === 'error') {
      state.session.failure(describeCommand, state.account, region, read.code, read.message, file);
      continue;
    }
    if (read.kind !== 'json') continue;
    const value = get(read.value, itemKey);
    const ctx = normCtx(state, region, file, read.lineOf(value));
    if (!isObj(value)) {
      reportRecord(ctx, `no ${itemKey} object in the output; skipped`);
      continue;
    }
    const d = fn(value, ctx, name);
    if (d) state.drafts.push(d);
  }
}

/** Trails: one resource per ARN, from the home Region's record where present (others list shadow trails). */
function collectTrails(
  state: AccountState,
  trails: { data: Obj; ctx: NormContext; dir: DataDir }[],
  dirs: DataDir[],
): void {
  const byArn = new Map<string, { data: Obj; ctx: NormContext; dir: DataDir }>();
  for (const t of trails) {
    const id = str(t.data, 'TrailARN') ?? `${t.ctx.region}/${str(t.data, 'Name')}`;
    // An organization trail shows in every member account: it belongs to (and is collected with) its owner.
    const owner = parseArn(id)?.account;
    if (owner && owner !== state.account) continue;
    const home = str(t.data, 'HomeRegion');
    const seen = byArn.get(id);
    if (!seen || (home === t.ctx.region && str(seen.data, 'HomeRegion') !== seen.ctx.region))
      byArn.set(id, t);
  }
  for (const t of byArn.values()) {
    const name = str(t.data, 'Name') ?? '';
    const home = str(t.data, 'HomeRegion') ?? t.ctx.region;
    const homeDirs = dirs.filter((d) => d.region === home);
    const search = [...homeDirs, t.dir, ...dirs];
    const selectors = itemFact(state, search, 'cloudtrail-get-event-selectors', name, home);
    // The trail's raw is its describe-trails entry with its event selectors, as the trail checks read it.
    const data =
      selectors.state === 'data'
        ? {
            ...t.data,
            ...(get(selectors.value, 'EventSelectors')
              ? { EventSelectors: get(selectors.value, 'EventSelectors') }
              : {}),
            ...(get(selectors.value, 'AdvancedEventSelectors')
              ? { AdvancedEventSelectors: get(selectors.value, 'AdvancedEventSelectors') }
              : {}),
          }
        : t.data;
    const d = normalizeTrail(data, t.ctx, {
      status: itemFact(state, search, 'cloudtrail-get-trail-status', name, home),
      selectors,
    });
    if (d) state.drafts.push(d);
  }
}
