import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { checkProperties, KIND_PROPERTIES, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import { collectCli } from './cli.js';
import { type AwsConfigResult, awsConfigCollector, collectConfigFile, detectConfig } from './config.js';
import type { NormContext } from './draft.js';
import { normalizeSecurityGroup } from './network.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/inventory/aws');
const SNAPSHOT = join(
  FIXTURES,
  'config/111122223333_Config_us-east-1_ConfigSnapshot_20240602T114017Z_3f9d2c4b.json',
);
const HISTORY = join(FIXTURES, 'config/get-resource-config-history.json');
const SELECT = join(FIXTURES, 'config/select-resource-config.json');
const A = '111122223333';
const ctx = { collectedAt: '2024-06-02T12:00:00.000Z' };

const byId = (r: CollectResult, id: string): ResourceInput => {
  const found = r.resources.find((x) => x.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};
const props = (r: CollectResult, id: string) => byId(r, id).properties ?? {};
const unknownOf = (r: CollectResult, id: string) =>
  Object.fromEntries((byId(r, id).unknown ?? []).map((u) => [u.path, u.reason]));

const tmp: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'verity-aws-config-'));
  tmp.push(d);
  return d;
};
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

let snapshot: AwsConfigResult;
let cli: CollectResult;
beforeAll(async () => {
  snapshot = await collectConfigFile(SNAPSHOT, ctx);
  cli = await collectCli(join(FIXTURES, 'cli'), ctx);
});

describe('aws-config detect', () => {
  it('recognises snapshots, history, select results and item lists by their head', () => {
    const head = (f: string) => readFileSync(f, 'utf8').slice(0, 1024);
    expect(detectConfig(SNAPSHOT, head(SNAPSHOT))).toBe(true);
    expect(detectConfig(HISTORY, head(HISTORY))).toBe(true);
    expect(detectConfig(SELECT, head(SELECT))).toBe(true);
    expect(
      detectConfig('items.json', '[\n  {\n    "resourceType": "AWS::EC2::VPC",\n    "configuration": {'),
    ).toBe(true);
    // Config delivers snapshots gzipped: the name tells.
    expect(
      detectConfig(
        `AWSLogs/${A}/Config/us-east-1/2024/6/2/ConfigSnapshot/${A}_Config_us-east-1_ConfigSnapshot_20240602T114017Z_x.json.gz`,
        '\x1f\x8b',
      ),
    ).toBe(true);
    const cliFile = join(FIXTURES, `cli/${A}/us-east-1/ec2-describe-vpcs.json`);
    expect(detectConfig(cliFile, head(cliFile))).toBe(false);
    expect(detectConfig('plan.json', '{"format_version": "1.2", "resource_changes": []}')).toBe(false);
    expect(awsConfigCollector.format).toBe('aws-config');
  });
});

describe('aws-config snapshot', () => {
  it('normalizes the items, counting skipped statuses and unknown types', () => {
    expect(snapshot.issues).toEqual([]);
    expect(snapshot.unknownTypes).toEqual({ 'AWS::SQS::Queue': 2, 'AWS::SNS::Topic': 1 });
    expect(snapshot.skipped).toEqual({ ResourceDeleted: 1, ResourceNotRecorded: 1 });
    expect(snapshot.coverage).toEqual([
      expect.objectContaining({
        account: A,
        region: 'us-east-1',
        error: 'not-found',
        message: expect.stringMatching(/AWS::EC2::EIP/),
      }),
    ]);
    expect(snapshot.resources.some((r) => r.id.endsWith('i-0dead00dead00dead'))).toBe(false);
    // The account-level block is folded into the buckets, not a resource of its own.
    expect(snapshot.resources.filter((r) => r.kind === 'storage.bucket').map((r) => r.id)).toEqual([
      'arn:aws:s3:::public-assets-111122223333',
    ]);
    const services = new Map(
      loadCatalog()
        .provider('aws')
        .services.map((s) => [s.id, s]),
    );
    for (const r of snapshot.resources) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
      expect(services.get(r.service)?.kinds, r.id).toContain(r.kind);
      expect(r.source.collector).toBe('aws-config');
      expect(r.source.location).toMatch(/ConfigSnapshot_20240602T114017Z_3f9d2c4b\.json:\d+$/);
    }
    expect(byId(snapshot, `arn:aws:ec2:us-east-1:${A}:instance/i-0a1a1a1a1a1a1a1a1`).source.location).toMatch(
      /\.json:5$/,
    );
    expect(byId(snapshot, `arn:aws:iam::${A}:policy/LegacyFullAccess`).region).toBe('global');
  });

  it('gives the same normalized properties as the CLI collector for the same resources', () => {
    const cliById = new Map(cli.resources.map((r) => [r.id, r]));
    const overlap = snapshot.resources.filter((r) => cliById.has(r.id));
    expect(overlap.length).toBe(snapshot.resources.length);
    // Properties both sources can know; each must be present on both sides.
    const mustMatch: Record<string, string[]> = {
      'compute.instance': [
        'state',
        'publicIps',
        'privateIps',
        'interfaces',
        'subnet',
        'vpc',
        'securityGroups',
        'metadataTokensRequired',
        'disksEncrypted',
        'role',
        'image',
        'os',
        'monitoring',
      ],
      'network.security-group': ['rules', 'vpc', 'isDefault', 'attachedTo'],
      'network.interface': ['privateIps', 'publicIps', 'subnet', 'vpc', 'securityGroups', 'mac'],
      'network.subnet': ['vpc', 'cidrs', 'public', 'mapPublicIpOnLaunch', 'routeTable', 'acl', 'flowLogs'],
      'network.vpc': ['cidrs', 'isDefault', 'flowLogs'],
      'network.route-table': ['vpc', 'subnets', 'routes'],
      'network.acl': ['rules', 'vpc', 'subnets', 'isDefault'],
      'logging.flow-log': ['target', 'trafficType', 'destination'],
      'storage.volume': ['encryption', 'sizeGb', 'attachedTo', 'state'],
      'storage.bucket': [
        'publicRead',
        'publicWrite',
        'publicAccessBlocked',
        'encryption',
        'versioning',
        'mfaDelete',
        'accessLogging',
        'tlsOnly',
        'policy',
      ],
      'database.instance': [
        'engine',
        'engineVersion',
        'publiclyAccessible',
        'encryption',
        'backupRetentionDays',
        'multiAz',
        'deletionProtection',
        'subnets',
        'securityGroups',
      ],
      'identity.policy': ['statements', 'managedBy', 'attachedTo'],
      'identity.role': ['trust', 'attachedPolicies', 'inlinePolicies'],
      'identity.principal': ['type', 'attachedPolicies', 'inlinePolicies', 'groups'],
      'crypto.key': ['managedBy', 'state', 'origin'],
      'logging.trail': [
        'multiRegion',
        'logging',
        'logFileValidation',
        'encryption',
        'bucket',
        'managementEvents',
        'dataEvents',
      ],
      'compute.function': ['runtime', 'role', 'environmentEncryption', 'policy'],
    };
    for (const fromConfig of overlap) {
      const fromCli = cliById.get(fromConfig.id) as ResourceInput;
      const a = fromCli.properties ?? {};
      const b = fromConfig.properties ?? {};
      expect(Object.keys(mustMatch), fromConfig.kind).toContain(fromConfig.kind);
      for (const key of mustMatch[fromConfig.kind] ?? []) {
        expect(a, `${fromConfig.id} ${key} (cli)`).toHaveProperty(key);
        expect(b, `${fromConfig.id} ${key} (config)`).toHaveProperty(key);
      }
      // Every normalized property known to both must agree.
      const keys = Object.keys(KIND_PROPERTIES[fromConfig.kind as keyof typeof KIND_PROPERTIES].shape);
      for (const key of keys)
        if (key in a && key in b) expect(b[key], `${fromConfig.id} ${key}`).toEqual(a[key]);
      expect(fromConfig.relations, fromConfig.id).toEqual(fromCli.relations);
      expect(fromConfig.tags, fromConfig.id).toEqual(fromCli.tags);
    }
  });

  it('says what AWS Config does not record instead of guessing', () => {
    const user = `arn:aws:iam::${A}:user/automation/ci-deployer`;
    expect(props(snapshot, user)).not.toHaveProperty('mfa');
    expect(unknownOf(snapshot, user).mfa).toMatch(/credential report/);
    const key = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    expect(props(snapshot, key)).not.toHaveProperty('rotationEnabled');
    expect(unknownOf(snapshot, key).rotationEnabled).toMatch(/rotation/);
    // Lifecycle and replication are recorded only when set: absent from a recorded bucket means none.
    expect(props(snapshot, 'arn:aws:s3:::public-assets-111122223333')).toMatchObject({
      lifecycleRules: 0,
      replication: false,
    });
    // raw is the configuration (camelCase, as the checks accept it), with the supplementary configuration parsed.
    expect(byId(snapshot, key).raw).toMatchObject({ keySpec: 'SYMMETRIC_DEFAULT', keyManager: 'CUSTOMER' });
    expect(byId(snapshot, 'arn:aws:s3:::public-assets-111122223333').raw).toMatchObject({
      name: 'public-assets-111122223333',
      BucketVersioningConfiguration: { status: 'Off' },
      AccessControlList: { grantList: expect.any(Array) },
    });
  });
});

describe('aws-config other outputs', () => {
  it('reads get-resource-config-history: JSON-string configurations, latest item per resource', async () => {
    const r = await collectConfigFile(HISTORY, ctx);
    expect(r.issues).toEqual([]);
    const sg = props(r, `arn:aws:ec2:us-east-1:${A}:security-group/sg-0a1a1a1a1a1a1a1a1`);
    // The newer item (SSH closed) wins over the older one.
    expect((sg.rules as { ports: { from: number } }[]).map((x) => x.ports.from)).toEqual([443, 0]);
    // The volume's latest item is ResourceDeleted: skipped.
    expect(r.skipped).toEqual({ ResourceDeleted: 1 });
    expect(r.resources.some((x) => x.kind === 'storage.volume')).toBe(false);
    // Supplementary configuration as JSON strings (the API shape).
    const bucket = byId(r, 'arn:aws:s3:::logs-archive-111122223333');
    expect(bucket.tags).toEqual({ 'data-class': 'internal' });
    expect(bucket.properties).toMatchObject({
      publicRead: false,
      publicWrite: true,
      publicAccessBlocked: true,
      versioning: true,
      mfaDelete: true,
      accessLogging: true,
      lifecycleRules: 1,
      policy: [],
      tlsOnly: false,
      encryption: {
        enabled: true,
        keyId: `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
      },
    });
    // No KMS items in this output: whether the key is customer managed is unknown, and why.
    expect(unknownOf(r, 'arn:aws:s3:::logs-archive-111122223333')['encryption.keyType']).toMatch(
      /AWS::KMS::Key/,
    );
    expect(unknownOf(r, 'arn:aws:s3:::logs-archive-111122223333').publicAccessBlocked).toBeUndefined();
  });

  it('reads select-resource-config results (JSON strings) and counts unknown types', async () => {
    const r = await collectConfigFile(SELECT, ctx);
    expect(r.issues).toEqual([]);
    expect(r.unknownTypes).toEqual({ 'AWS::SQS::Queue': 1 });
    expect(props(r, `arn:aws:ec2:us-east-1:${A}:volume/vol-0b2b2b2b2b2b2b2b2`)).toMatchObject({
      encryption: { enabled: false, keyType: 'none' },
      sizeGb: 100,
    });
    expect(byId(r, `arn:aws:ec2:us-east-1:${A}:volume/vol-0b2b2b2b2b2b2b2b2`).tags).toEqual({
      Name: 'web-1-data',
    });
    expect(props(r, `arn:aws:rds:us-east-1:${A}:db:orders-db`)).toMatchObject({
      encryption: { enabled: false, keyType: 'none' },
    });
    expect(byId(r, `arn:aws:rds:us-east-1:${A}:db:orders-db`).source.location).toMatch(
      /select-resource-config\.json:4$/,
    );
  });

  it('reads a plain list of items and a gzipped snapshot', async () => {
    const dir = scratch();
    const items = JSON.parse(readFileSync(SNAPSHOT, 'utf8')).configurationItems.slice(0, 3);
    writeFileSync(join(dir, 'items.json'), JSON.stringify(items, null, 2));
    const list = await collectConfigFile(join(dir, 'items.json'), ctx);
    expect(list.resources.map((x) => x.kind)).toEqual([
      'compute.instance',
      'network.security-group',
      'network.security-group',
    ]);
    const gz = join(dir, `${A}_Config_us-east-1_ConfigSnapshot_20240602T114017Z_3f9d2c4b.json.gz`);
    writeFileSync(gz, gzipSync(readFileSync(SNAPSHOT)));
    const fromGz = await awsConfigCollector.collect(gz, ctx);
    expect(fromGz.resources).toEqual(
      snapshot.resources.map((x) => ({
        ...x,
        source: { ...x.source, location: x.source.location?.replace(SNAPSHOT, gz) },
      })),
    );
  });

  it('reports a malformed file with its line, and malformed items with theirs', async () => {
    const dir = scratch();
    const broken = join(dir, 'snapshot.json');
    writeFileSync(
      broken,
      '{\n  "fileVersion": "1.0",\n  "configurationItems": [\n    {"resourceType": "AWS::EC2::VPC",}\n  ]\n}\n',
    );
    const r = await collectConfigFile(broken, ctx);
    expect(r.issues).toEqual([expect.objectContaining({ file: broken, line: 4, column: 38 })]);
    expect(r.coverage).toEqual([expect.objectContaining({ error: 'invalid-input', operation: broken })]);

    const bad = join(dir, 'items.json');
    writeFileSync(
      bad,
      `${JSON.stringify(
        {
          configurationItems: [
            { awsAccountId: A, awsRegion: 'us-east-1', resourceId: 'vpc-1', configuration: {} },
            {
              resourceType: 'AWS::EC2::VPC',
              awsAccountId: A,
              awsRegion: 'us-east-1',
              resourceId: 'vpc-2',
              configuration: 'not json',
            },
            {
              resourceType: 'AWS::EC2::VPC',
              awsAccountId: A,
              awsRegion: 'us-east-1',
              resourceId: 'vpc-3',
              configuration: { cidrBlock: '10.3.0.0/16' },
            },
            {
              resourceType: 'AWS::EC2::VPC',
              awsAccountId: A,
              awsRegion: 'us-east-1',
              resourceId: 'vpc-0abc',
              configuration: { vpcId: 'vpc-0abc', cidrBlock: '10.4.0.0/16', isDefault: false },
            },
          ],
        },
        null,
        2,
      )}\n`,
    );
    const items = await collectConfigFile(bad, ctx);
    expect(items.issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'a configuration item has no resourceType; skipped'],
      [9, 'the configuration of AWS::EC2::VPC vpc-2 is not a JSON object; skipped'],
      [16, 'a VPC record has no VpcId; skipped'],
    ]);
    expect(items.resources.map((x) => x.id)).toEqual([`arn:aws:ec2:us-east-1:${A}:vpc/vpc-0abc`]);
  });

  it('is read from inside an aws-cli folder, next to the CLI outputs', async () => {
    const root = scratch();
    cpSync(join(FIXTURES, 'cli'), root, { recursive: true });
    mkdirSync(join(root, 'config'));
    cpSync(SELECT, join(root, 'config', 'select-resource-config.json'));
    const r = await collectCli(root, ctx);
    expect(r.unknownTypes).toEqual({ 'AWS::SQS::Queue': 1 });
    expect(r.resources.filter((x) => x.source.collector === 'aws-config')).toHaveLength(2);
    expect(r.files).toContain(join(root, 'config', 'select-resource-config.json'));
  });
});

describe('casing', () => {
  it('reads the same security group from the API (PascalCase) and AWS Config (camelCase)', () => {
    const nctx: NormContext = {
      account: A,
      region: 'eu-central-1',
      collector: 'aws-cli',
      collectedAt: ctx.collectedAt,
      file: 'x.json',
      issues: [],
    };
    const pascal = normalizeSecurityGroup(
      {
        GroupId: 'sg-1',
        GroupName: 'app',
        VpcId: 'vpc-1',
        IpPermissions: [
          {
            IpProtocol: '6',
            FromPort: 5432,
            ToPort: 5432,
            IpRanges: [{ CidrIp: '10.0.0.0/8' }],
            Ipv6Ranges: [{ CidrIpv6: '::/0' }],
          },
          { IpProtocol: '17', FromPort: -1, ToPort: -1, UserIdGroupPairs: [{ GroupId: 'sg-2', UserId: A }] },
        ],
        IpPermissionsEgress: [],
      },
      nctx,
    );
    const camel = normalizeSecurityGroup(
      {
        groupId: 'sg-1',
        groupName: 'app',
        vpcId: 'vpc-1',
        ipPermissions: [
          {
            ipProtocol: '6',
            fromPort: 5432,
            toPort: 5432,
            ipv4Ranges: [{ cidrIp: '10.0.0.0/8' }],
            ipRanges: ['10.0.0.0/8'],
            ipv6Ranges: [{ cidrIpv6: '::/0' }],
          },
          { ipProtocol: '17', fromPort: -1, toPort: -1, userIdGroupPairs: [{ groupId: 'sg-2', userId: A }] },
        ],
        ipPermissionsEgress: [],
      },
      nctx,
    );
    expect(camel?.properties).toEqual(pascal?.properties);
    expect(pascal?.properties.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 5432, to: 5432 },
        peers: ['10.0.0.0/8'],
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 5432, to: 5432 },
        peers: ['::/0'],
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'udp',
        ports: { from: 0, to: 65535 },
        peers: ['sg:sg-2'],
      },
    ]);
    expect(pascal?.id).toBe(`arn:aws:ec2:eu-central-1:${A}:security-group/sg-1`);
  });
});
