import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import { awsCliCollector, collectCli, detectCliFolder } from './cli.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/inventory/aws');
const ORG = join(FIXTURES, 'cli');
const ACCOUNT = '111122223333';
const ctx = { collectedAt: '2024-06-02T12:00:00.000Z' };

const arn = {
  instance: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0a1a1a1a1a1a1a1a1`,
  eniWeb: `arn:aws:ec2:us-east-1:${ACCOUNT}:network-interface/eni-0a1a1a1a1a1a1a1a1`,
  eniDb: `arn:aws:ec2:us-east-1:${ACCOUNT}:network-interface/eni-0b2b2b2b2b2b2b2b2`,
  sgWeb: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-0a1a1a1a1a1a1a1a1`,
  sgDb: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-0b2b2b2b2b2b2b2b2`,
  subnetPublic: `arn:aws:ec2:us-east-1:${ACCOUNT}:subnet/subnet-0a1a1a1a1a1a1a1a1`,
  subnetPrivate: `arn:aws:ec2:us-east-1:${ACCOUNT}:subnet/subnet-0b2b2b2b2b2b2b2b2`,
  subnetShared: `arn:aws:ec2:us-east-1:${ACCOUNT}:subnet/subnet-0c3c3c3c3c3c3c3c3`,
  vpcProd: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-0a11b22c33d44e551`,
  vpcShared: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-0b22c33d44e55f662`,
  rtbPublic: `arn:aws:ec2:us-east-1:${ACCOUNT}:route-table/rtb-0a1a1a1a1a1a1a1a1`,
  rtbMain: `arn:aws:ec2:us-east-1:${ACCOUNT}:route-table/rtb-0b2b2b2b2b2b2b2b2`,
  acl: `arn:aws:ec2:us-east-1:${ACCOUNT}:network-acl/acl-0a1a1a1a1a1a1a1a1`,
  volRoot: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0a1a1a1a1a1a1a1a1`,
  volData: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0b2b2b2b2b2b2b2b2`,
  ebsKey: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`,
  appKey: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  trailKey: `arn:aws:kms:us-east-1:${ACCOUNT}:key/4f5e6d7c-1a2b-3c4d-5e6f-7a8b9c0d1e2f`,
  db: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-db`,
  publicBucket: 'arn:aws:s3:::public-assets-111122223333',
  trailBucket: 'arn:aws:s3:::cloudtrail-logs-111122223333',
  appBucket: 'arn:aws:s3:::app-data-111122223333',
  wildcardPolicy: `arn:aws:iam::${ACCOUNT}:policy/LegacyFullAccess`,
  trail: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org-trail`,
};

function byId(result: CollectResult, id: string): ResourceInput {
  const found = result.resources.find((r) => r.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}
const props = (result: CollectResult, id: string) => byId(result, id).properties ?? {};
const unknownOf = (result: CollectResult, id: string) =>
  Object.fromEntries((byId(result, id).unknown ?? []).map((u) => [u.path, u.reason]));
const relations = (result: CollectResult, id: string) =>
  (byId(result, id).relations ?? []).map((r) => `${r.type} ${r.target}`);

/** A copy of the fixture organization to change one thing in. */
function copyOrg(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verity-aws-cli-'));
  cpSync(ORG, dir, { recursive: true });
  return dir;
}
const regionDir = (root: string, region = 'us-east-1') => join(root, ACCOUNT, region);

let result: CollectResult;
const tmp: string[] = [];
beforeAll(async () => {
  result = await collectCli(ORG, ctx);
});
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});
function scratch(): string {
  const d = copyOrg();
  tmp.push(d);
  return d;
}

describe('aws-cli detect', () => {
  it('recognises an organization, an account and a Region folder, and nothing above them', () => {
    expect(detectCliFolder(ORG)).toBe(true);
    expect(detectCliFolder(join(ORG, ACCOUNT))).toBe(true);
    expect(detectCliFolder(join(ORG, ACCOUNT, 'us-east-1'))).toBe(true);
    expect(detectCliFolder(FIXTURES)).toBe(false);
    expect(detectCliFolder(join(ORG, ACCOUNT, 'us-east-1', 'ec2-describe-vpcs.json'))).toBe(false);
    expect(awsCliCollector.wantsDirectory).toBe(true);
    expect(awsCliCollector.format).toBe('aws-cli');
  });
});

describe('aws-cli collection of the fixture account', () => {
  it('reads every file without issues and produces valid resources', () => {
    expect(result.issues).toEqual([]);
    expect(result.unknownTypes).toEqual({});
    expect(result.resources.length).toBeGreaterThan(40);
    for (const r of result.resources) {
      expect(ResourceSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
      expect(r.source.collector).toBe('aws-cli');
      expect(r.account).toBe(ACCOUNT);
    }
    expect(new Set(result.resources.map((r) => r.id)).size).toBe(result.resources.length);
  });

  it('uses catalog service ids whose kinds include the resource kind', () => {
    const services = new Map(
      loadCatalog()
        .provider('aws')
        .services.map((s) => [s.id, s]),
    );
    for (const r of result.resources) {
      const service = services.get(r.service);
      expect(service, `${r.id}: ${r.service}`).toBeDefined();
      expect(service?.kinds, `${r.id}: ${r.service} / ${r.kind}`).toContain(r.kind);
    }
  });

  it('locates each resource at its file and line', () => {
    expect(byId(result, arn.instance).source.location).toMatch(/us-east-1\/ec2-describe-instances\.json:6$/);
    expect(byId(result, arn.sgDb).source.location).toMatch(/ec2-describe-security-groups\.json:90$/);
  });

  it('normalizes the public bucket from its ACL grant to AllUsers and its Principal "*" policy', () => {
    const p = props(result, arn.publicBucket);
    expect(p.publicRead).toBe(true);
    expect(p.publicWrite).toBe(false);
    // No bucket-level block (NoSuchPublicAccessBlockConfiguration) and the account-level flags are all off.
    expect(p.publicAccessBlocked).toBe(false);
    expect(p.encryption).toEqual({ enabled: true, keyType: 'provider' });
    // An empty get-bucket-versioning output means versioning was never enabled; `{}` logging means none.
    expect(p.versioning).toBe(false);
    expect(p.mfaDelete).toBe(false);
    expect(p.accessLogging).toBe(false);
    expect(p.tlsOnly).toBe(false);
    expect(p.policy).toEqual([
      {
        effect: 'allow',
        actions: ['s3:GetObject'],
        resources: ['arn:aws:s3:::public-assets-111122223333/*'],
        principals: ['*'],
      },
    ]);
    expect(byId(result, arn.publicBucket).region).toBe('us-east-1');
  });

  it('normalizes a private bucket: block public access, TLS-only policy, customer KMS key, access logs', () => {
    const p = props(result, arn.trailBucket);
    expect(p.publicRead).toBe(false);
    expect(p.publicWrite).toBe(false);
    expect(p.publicAccessBlocked).toBe(true);
    expect(p.tlsOnly).toBe(true);
    expect(p.encryption).toEqual({ enabled: true, keyType: 'customer-managed', keyId: arn.trailKey });
    expect(p.versioning).toBe(true);
    expect(p.accessLogging).toBe(true);
    expect(relations(result, arn.trailBucket)).toEqual([
      'logs-to arn:aws:s3:::access-logs-111122223333',
      `uses-key ${arn.trailKey}`,
    ]);
  });

  it('leaves a bucket without per-bucket outputs unknown, not false, and says why', () => {
    const p = props(result, arn.appBucket);
    for (const key of [
      'publicRead',
      'publicWrite',
      'publicAccessBlocked',
      'encryption',
      'versioning',
      'accessLogging',
      'tlsOnly',
      'policy',
    ])
      expect(p, key).not.toHaveProperty(key);
    const u = unknownOf(result, arn.appBucket);
    expect(u.encryption).toBe('s3api-get-bucket-encryption/app-data-111122223333.json missing');
    expect(u.publicRead).toContain('s3api-get-bucket-acl/app-data-111122223333.json missing');
    expect(u.publicAccessBlocked).toContain(
      's3api-get-public-access-block/app-data-111122223333.json missing',
    );
  });

  it('normalizes security group rules: ports, all protocols, IPv6, group and prefix-list peers, ICMP', () => {
    expect(props(result, arn.sgWeb).rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['0.0.0.0/0'],
        description: 'ssh for on-call',
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 443, to: 443 },
        peers: ['0.0.0.0/0'],
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 443, to: 443 },
        peers: ['::/0'],
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 8080, to: 8080 },
        peers: ['sg:sg-0e5e5e5e5e5e5e5e5'],
        description: 'from the load balancer',
      },
      // ICMP type 8 (echo request), any code.
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'icmp',
        ports: { from: 8, to: 8 },
        peers: ['10.0.0.0/8'],
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
      },
    ]);
    expect(props(result, arn.sgDb).rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 3306, to: 3306 },
        peers: ['sg:sg-0a1a1a1a1a1a1a1a1'],
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 443, to: 443 },
        peers: ['prefix-list:pl-63a5400a'],
        description: 'S3 gateway endpoint',
      },
    ]);
    expect(
      props(result, `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-0d4d4d4d4d4d4d4d4`).isDefault,
    ).toBe(true);
    expect(props(result, arn.sgWeb).isDefault).toBe(false);
  });

  it('links the SSH-open group to the running instance in a public subnet', () => {
    const sg = props(result, arn.sgWeb);
    expect(sg.attachedTo).toEqual([arn.instance, arn.eniWeb]);
    expect(sg.vpc).toBe(arn.vpcProd);
    const instance = props(result, arn.instance);
    expect(instance.state).toBe('running');
    expect(instance.securityGroups).toEqual([arn.sgWeb]);
    expect(instance.subnet).toBe(arn.subnetPublic);
    expect(props(result, arn.subnetPublic).public).toBe(true);
    // The database group is attached to the RDS interface and the DB instance.
    expect(props(result, arn.sgDb).attachedTo).toEqual([arn.eniDb, arn.db]);
  });

  it('normalizes the instance and its relations', () => {
    const p = props(result, arn.instance);
    expect(p.publicIps).toEqual(['54.210.17.33']);
    expect(p.privateIps).toEqual(['10.0.1.25']);
    expect(p.interfaces).toEqual([arn.eniWeb]);
    expect(p.vpc).toBe(arn.vpcProd);
    expect(p.metadataTokensRequired).toBe(false);
    expect(p.image).toBe('ami-0c7217cdde317cfec');
    expect(p.os).toBe('Linux/UNIX');
    expect(p.monitoring).toBe(false);
    // The instance profile resolves to its role through the IAM authorization details.
    expect(p.role).toBe(`arn:aws:iam::${ACCOUNT}:role/web-app-role`);
    // One of its two volumes is unencrypted.
    expect(p.disksEncrypted).toBe(false);
    expect(relations(result, arn.instance)).toEqual([
      `has-interface ${arn.eniWeb}`,
      `in-subnet ${arn.subnetPublic}`,
      `in-vpc ${arn.vpcProd}`,
      `uses-role arn:aws:iam::${ACCOUNT}:role/web-app-role`,
      `uses-security-group ${arn.sgWeb}`,
    ]);
  });

  it('normalizes network interfaces: attached to the instance, or in use by a managed service', () => {
    const web = props(result, arn.eniWeb);
    expect(web).toMatchObject({
      privateIps: ['10.0.1.25'],
      publicIps: ['54.210.17.33'],
      mac: '0e:3f:5a:1b:9c:21',
      attachedTo: arn.instance,
    });
    expect(relations(result, arn.eniWeb)).toEqual([
      `attached-to ${arn.instance}`,
      `in-subnet ${arn.subnetPublic}`,
      `in-vpc ${arn.vpcProd}`,
      `uses-security-group ${arn.sgWeb}`,
    ]);
    expect(props(result, arn.eniDb)).not.toHaveProperty('attachedTo');
    expect(unknownOf(result, arn.eniDb).attachedTo).toBe('in use by RDSNetworkInterface, not by an instance');
  });

  it('decides public subnets from the associated route table, else the main table', () => {
    expect(props(result, arn.subnetPublic)).toMatchObject({
      routeTable: arn.rtbPublic,
      public: true,
      acl: arn.acl,
      vpc: arn.vpcProd,
    });
    // No explicit association: the VPC's main table routes 0.0.0.0/0 to a NAT gateway, and the blackhole
    // route to a deleted internet gateway does not count.
    expect(props(result, arn.subnetPrivate)).toMatchObject({
      routeTable: arn.rtbMain,
      public: false,
      routeTableIsMain: true,
    });
    expect(relations(result, arn.subnetPrivate)).toEqual([
      `in-vpc ${arn.vpcProd}`,
      `routes-via ${arn.rtbMain}`,
    ]);
    const main = props(result, arn.rtbMain);
    expect(main.routes).toEqual([
      { destination: '10.0.0.0/16', target: 'local', targetType: 'local' },
      { destination: '0.0.0.0/0', target: 'nat-0e0e0e0e0e0e0e0e0', targetType: 'nat-gateway' },
    ]);
    expect(main.subnets).toEqual([]);
    expect(
      props(result, `arn:aws:ec2:us-east-1:${ACCOUNT}:route-table/rtb-0c3c3c3c3c3c3c3c3`).routes,
    ).toContainEqual({
      destination: 'pl-63a5400a',
      target: 'vpce-0a9b8c7d6e5f40312',
      targetType: 'vpc-endpoint',
    });
  });

  it('normalizes network ACL entries with rule numbers as priority and the default deny', () => {
    const p = props(result, arn.acl);
    expect(p.isDefault).toBe(true);
    expect(p.subnets).toHaveLength(3);
    expect(p.rules).toEqual([
      {
        direction: 'ingress',
        action: 'deny',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['203.0.113.0/24'],
        priority: 90,
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
        priority: 100,
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'icmp',
        ports: { from: 8, to: 8 },
        peers: ['0.0.0.0/0'],
        priority: 110,
      },
      {
        direction: 'ingress',
        action: 'deny',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
        priority: 32767,
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
        priority: 100,
      },
      {
        direction: 'egress',
        action: 'deny',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
        priority: 32767,
      },
    ]);
  });

  it('records flow logs on the VPC that has one and not on the one without', () => {
    expect(props(result, arn.vpcProd)).toMatchObject({
      cidrs: ['10.0.0.0/16'],
      isDefault: false,
      flowLogs: false,
    });
    expect(props(result, arn.vpcShared)).toMatchObject({
      cidrs: ['10.1.0.0/16', '2600:1f18:4a3:6900::/56'],
      flowLogs: true,
    });
    expect(props(result, arn.subnetShared).flowLogs).toBe(true);
    expect(props(result, arn.subnetPublic).flowLogs).toBe(false);
    const fl = props(result, `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc-flow-log/fl-0c3c3c3c3c3c3c3c3`);
    expect(fl).toMatchObject({
      target: arn.vpcShared,
      trafficType: 'all',
      enabled: true,
      destination: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/vpc/shared-services`,
    });
  });

  it('normalizes volumes, resolving the AWS managed key, and the Region default', () => {
    expect(props(result, arn.volData)).toMatchObject({
      encryption: { enabled: false, keyType: 'none' },
      sizeGb: 100,
      attachedTo: [arn.instance],
      accountEncryptionByDefault: false,
    });
    expect(props(result, arn.volRoot).encryption).toEqual({
      enabled: true,
      keyId: arn.ebsKey,
      keyType: 'provider',
    });
    expect(relations(result, arn.volRoot)).toContain(`uses-key ${arn.ebsKey}`);
  });

  it('marks the snapshot shared with group "all" as public', () => {
    expect(props(result, 'arn:aws:ec2:us-east-1::snapshot/snap-0c3c3c3c3c3c3c3c3')).toMatchObject({
      public: true,
      sharedWith: [],
      encryption: { enabled: false, keyType: 'none' },
      sourceVolume: arn.volData,
    });
    const copied = props(result, 'arn:aws:ec2:us-east-1::snapshot/snap-0f0f0f0f0f0f0f0f0');
    expect(copied).toMatchObject({ public: false, sharedWith: ['444455556666'] });
    expect(copied).not.toHaveProperty('sourceVolume');
  });

  it('normalizes the unencrypted RDS instance', () => {
    const p = props(result, arn.db);
    expect(p).toMatchObject({
      engine: 'mysql',
      engineVersion: '8.0.35',
      publiclyAccessible: false,
      encryption: { enabled: false, keyType: 'none' },
      backupRetentionDays: 7,
      multiAz: false,
      deletionProtection: false,
      iamAuth: false,
      auditLogging: false,
      securityGroups: [arn.sgDb],
    });
    expect(unknownOf(result, arn.db).tlsRequired).toMatch(/parameter group/);
    expect(relations(result, arn.db)).toContain(`uses-security-group ${arn.sgDb}`);
    expect(relations(result, arn.db).some((r) => r.startsWith('uses-key'))).toBe(false);
  });

  it('normalizes IAM: the wildcard policy, attachments, trust and the credential report', () => {
    expect(props(result, arn.wildcardPolicy)).toMatchObject({
      statements: [{ effect: 'allow', actions: ['*'], resources: ['*'] }],
      managedBy: 'customer',
      attachedTo: [`arn:aws:iam::${ACCOUNT}:user/automation/ci-deployer`],
    });
    expect(props(result, 'arn:aws:iam::aws:policy/AdministratorAccess')).toMatchObject({
      managedBy: 'provider',
      attachedTo: [`arn:aws:iam::${ACCOUNT}:group/Admins`],
    });
    // The default version (v2), not the first.
    const appRead = props(result, `arn:aws:iam::${ACCOUNT}:policy/AppReadData`).statements as {
      actions: string[];
    }[];
    expect(appRead.map((s) => s.actions)).toEqual([['s3:GetObject', 's3:ListBucket'], ['kms:Decrypt']]);

    const auditor = props(result, `arn:aws:iam::${ACCOUNT}:role/auditor-access`);
    expect(auditor.trust).toEqual([
      {
        effect: 'allow',
        actions: ['sts:AssumeRole'],
        principals: ['aws:arn:aws:iam::444455556666:root'],
        conditions: { StringEquals: { 'sts:ExternalId': 'verity-audit-7731' } },
      },
    ]);
    expect(auditor.inlinePolicies).toEqual([
      [{ effect: 'allow', actions: ['ec2:Describe*', 's3:GetBucket*'], resources: ['*'] }],
    ]);

    const ci = props(result, `arn:aws:iam::${ACCOUNT}:user/automation/ci-deployer`);
    expect(ci).toMatchObject({
      type: 'user',
      mfa: false,
      consoleAccess: false,
      attachedPolicies: [arn.wildcardPolicy],
    });
    expect(ci.accessKeys).toEqual([
      {
        id: 'access_key_1',
        active: true,
        created: '2021-11-02T16:46:00+00:00',
        lastUsed: '2024-06-02T03:10:00+00:00',
      },
      {
        id: 'access_key_2',
        active: false,
        created: '2022-05-01T10:00:00+00:00',
        lastUsed: '2022-06-01T10:00:00+00:00',
      },
    ]);
    const alice = props(result, `arn:aws:iam::${ACCOUNT}:user/alice`);
    expect(alice).toMatchObject({
      mfa: true,
      consoleAccess: true,
      accessKeys: [],
      groups: [`arn:aws:iam::${ACCOUNT}:group/Admins`],
    });
    expect(relations(result, `arn:aws:iam::${ACCOUNT}:user/alice`)).toEqual([
      `member-of arn:aws:iam::${ACCOUNT}:group/Admins`,
    ]);
    expect(props(result, `arn:aws:iam::${ACCOUNT}:group/Admins`).members).toEqual([
      `arn:aws:iam::${ACCOUNT}:user/alice`,
    ]);

    expect(props(result, `aws:account:${ACCOUNT}`)).toMatchObject({
      rootMfa: true,
      rootAccessKeys: false,
      passwordPolicy: { MinimumPasswordLength: 14, PasswordReusePrevention: 24 },
    });
    // The root user, from the report's <root_account> row.
    expect(props(result, `arn:aws:iam::${ACCOUNT}:root`)).toEqual({
      type: 'root',
      mfa: true,
      accessKeys: [],
      passwordLastUsed: '2024-02-11T17:03:00+00:00',
      attachedPolicies: [],
      inlinePolicies: [],
      groups: [],
    });
    // A console password never used keeps the report's word for it.
    expect(props(result, `arn:aws:iam::${ACCOUNT}:user/automation/ci-deployer`).passwordLastUsed).toBe('N/A');
  });

  it('normalizes KMS keys: customer vs AWS managed, rotation, aliases', () => {
    expect(props(result, arn.appKey)).toMatchObject({
      managedBy: 'customer',
      rotationEnabled: false,
      state: 'Enabled',
      aliases: ['alias/app-data'],
    });
    expect(props(result, arn.appKey)).not.toHaveProperty('rotationPeriodDays');
    expect(props(result, arn.ebsKey)).toMatchObject({
      managedBy: 'provider',
      rotationEnabled: true,
      rotationPeriodDays: 365,
    });
    expect(props(result, arn.trailKey)).toMatchObject({
      managedBy: 'customer',
      rotationEnabled: true,
      rotationPeriodDays: 180,
    });
    expect(unknownOf(result, arn.appKey).policy).toBe('kms-get-key-policy/ not collected');
  });

  it('normalizes the trail once (not its shadow in eu-west-1) with status and default selectors', () => {
    expect(result.resources.filter((r) => r.kind === 'logging.trail')).toHaveLength(1);
    const trail = byId(result, arn.trail);
    expect(trail.region).toBe('us-east-1');
    expect(trail.properties).toMatchObject({
      multiRegion: true,
      logging: true,
      logFileValidation: true,
      encryption: { enabled: true, keyType: 'customer-managed', keyId: arn.trailKey },
      bucket: arn.trailBucket,
      managementEvents: true,
      dataEvents: false,
    });
    expect(relations(result, arn.trail)).toContain(`logs-to ${arn.trailBucket}`);
  });

  it('normalizes Lambda, EKS (camelCase API), the load balancer, secrets, log groups and Config recorders', () => {
    const fn = props(result, `arn:aws:lambda:us-east-1:${ACCOUNT}:function:thumbnailer`);
    expect(fn).toMatchObject({
      runtime: 'python3.8',
      publicUrl: true,
      environmentEncryption: { enabled: true, keyType: 'provider' },
    });
    expect((fn.policy as { principals: string[] }[])[0]?.principals).toEqual(['*']);

    expect(props(result, `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/payments`)).toMatchObject({
      version: '1.27',
      endpointPublic: true,
      endpointAllowedCidrs: ['0.0.0.0/0'],
      controlPlaneLogging: ['api', 'audit'],
      secretsEncryption: { enabled: false, keyType: 'none' },
    });

    const lb = props(
      result,
      'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web-alb/50dc6c495c0c9188',
    );
    expect(lb).toMatchObject({
      scheme: 'internet-facing',
      accessLogging: false,
      dropInvalidHeaders: false,
      listeners: [
        { protocol: 'HTTPS', port: 443, tlsPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
        { protocol: 'HTTP', port: 80 },
      ],
    });

    expect(
      props(result, `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:prod/orders-db-AbCdEf`),
    ).toMatchObject({
      rotationEnabled: true,
      encryption: { enabled: true, keyType: 'customer-managed', keyId: arn.appKey },
    });
    expect(
      props(result, `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:legacy/api-token-XyZ123`),
    ).toMatchObject({
      rotationEnabled: false,
      encryption: { enabled: true, keyType: 'provider' },
    });

    expect(props(result, `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-cloudtrail-logs`)).toMatchObject({
      retentionDays: 365,
    });
    expect(
      unknownOf(result, `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/thumbnailer`).retentionDays,
    ).toMatch(/never expire/);

    expect(props(result, `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default`)).toMatchObject(
      {
        recorderEnabled: true,
        allResources: true,
      },
    );
    // eu-west-1 has no recorder at all.
    expect(props(result, `arn:aws:config:eu-west-1:${ACCOUNT}:configuration-recorder/-`)).toMatchObject({
      recorderEnabled: false,
      placeholder: true,
    });
  });

  it('builds the account document the account-level checks read, saying what it lacks', () => {
    const account = byId(result, `aws:account:${ACCOUNT}`);
    expect(account.service).toBe('organizations');
    expect(account.properties?.organizationsArn).toBe(
      'arn:aws:organizations::999988887777:account/o-a1b2c3d4e5/111122223333',
    );
    const raw = account.raw as Record<string, unknown>;
    expect((raw.Regions as { RegionName: string }[]).map((r) => r.RegionName)).toEqual([
      'eu-west-1',
      'us-east-1',
      'af-south-1',
    ]);
    expect(raw.Account).toMatchObject({ Status: 'ACTIVE' });
    expect(raw.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: false,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    });
    // OPERATIONS is not set (ResourceNotFoundException): two contacts.
    expect(
      (raw.AlternateContacts as { AlternateContactType: string }[]).map((c) => c.AlternateContactType),
    ).toEqual(['BILLING', 'SECURITY']);
    expect(raw.VirtualMFADevices).toHaveLength(1);
    expect(raw.SummaryMap).toMatchObject({ AccountMFAEnabled: 1 });
    // Per-Region settings: us-east-1 was exported, eu-west-1 was not.
    expect(raw.EbsEncryptionByDefault).toEqual({ 'us-east-1': false });
    expect(raw.GuardDuty).toEqual({
      'us-east-1': expect.objectContaining({
        DetectorId: '12abc34d567e8fa901bc2d34e56789f0',
        Status: 'ENABLED',
      }),
    });
    // Not subscribed (InvalidAccessException): Security Hub is off there, which is known.
    expect(raw.SecurityHub).toEqual({ 'us-east-1': null });
    expect(raw.AccessAnalyzers).toEqual({ 'us-east-1': [expect.objectContaining({ status: 'ACTIVE' })] });
    const u = unknownOf(result, `aws:account:${ACCOUNT}`);
    expect(u['raw.GuardDuty']).toBe(
      `eu-west-1: guardduty-list-detectors.json missing for ${ACCOUNT}/eu-west-1`,
    );
    expect(u['raw.EbsEncryptionByDefault']).toMatch(
      /^eu-west-1: ec2-get-ebs-encryption-by-default\.json missing/,
    );
    expect(u).not.toHaveProperty('logging.trail');
  });

  it('keeps metric filters on log groups and reads CloudWatch alarms', () => {
    const group = byId(result, `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-cloudtrail-logs`);
    expect(
      (group.raw as { metricFilters: { filterName: string }[] }).metricFilters.map((f) => f.filterName),
    ).toEqual(['root-usage']);
    expect(
      (
        byId(result, `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/thumbnailer`).raw as {
          metricFilters: unknown[];
        }
      ).metricFilters,
    ).toEqual([]);
    const alarm = byId(result, `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:cis-root-usage`);
    expect(alarm).toMatchObject({ kind: 'monitoring.alarm', service: 'cloudwatch' });
    expect(alarm.properties).toMatchObject({
      metricName: 'RootAccountUsage',
      namespace: 'CISBenchmark',
      actions: ['arn:aws:sns:us-east-1:111122223333:security-alerts'],
    });
  });

  it('keeps the provider documents in raw: KeyMetadata for keys, the bucket configurations by their Config names', () => {
    expect(byId(result, arn.appKey).raw).toMatchObject({
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyManager: 'CUSTOMER',
      KeyRotationEnabled: false,
    });
    const bucket = byId(result, arn.trailBucket).raw as Record<string, unknown>;
    expect(bucket).toMatchObject({
      Name: 'cloudtrail-logs-111122223333',
      PublicAccessBlockConfiguration: { BlockPublicAcls: true },
      BucketVersioningConfiguration: { Status: 'Enabled' },
    });
    expect(byId(result, arn.trail).raw).toMatchObject({
      HomeRegion: 'us-east-1',
      HasCustomEventSelectors: false,
    });
  });

  it('reports outputs missing from a Region as coverage gaps and dependent properties as unknown', () => {
    const gaps = result.coverage.filter((g) => g.region === 'eu-west-1').map((g) => g.operation);
    expect(gaps).toEqual(
      expect.arrayContaining([
        'ec2-describe-network-interfaces',
        'ec2-describe-network-acls',
        'ec2-describe-volumes',
        'rds-describe-db-instances',
      ]),
    );
    expect(result.coverage.filter((g) => g.region === 'us-east-1')).toEqual([]);
    const sg = `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-0e1e1e1e1e1e1e1e1`;
    expect(props(result, sg)).not.toHaveProperty('attachedTo');
    expect(unknownOf(result, sg).attachedTo).toBe(
      `ec2-describe-network-interfaces.json missing for ${ACCOUNT}/eu-west-1`,
    );
    const subnet = `arn:aws:ec2:eu-west-1:${ACCOUNT}:subnet/subnet-0e1e1e1e1e1e1e1e1`;
    expect(props(result, subnet)).toMatchObject({ public: true, flowLogs: false });
    expect(unknownOf(result, subnet).acl).toMatch(/ec2-describe-network-acls\.json missing/);
  });
});

describe('aws-cli edge cases', () => {
  it('reports a malformed file once, with its line, and still collects the rest', async () => {
    const root = scratch();
    const file = join(regionDir(root), 'ec2-describe-security-groups.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    // Drop the comma after `"GroupName": "db-sg"`: the error is where the next property starts.
    const at = lines.findIndex((l) => l.trim() === '"GroupName": "db-sg",');
    expect(at + 1).toBe(92);
    lines[at] = (lines[at] ?? '').replace(/,$/, '');
    writeFileSync(file, lines.join('\n'));
    const r = await collectCli(root, ctx);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file, line: 93 });
    expect(r.issues[0]?.message).toMatch(/invalid JSON/);
    expect(r.resources.some((x) => x.kind === 'network.security-group' && x.region === 'us-east-1')).toBe(
      false,
    );
    expect(r.resources.some((x) => x.id === arn.instance)).toBe(true);
    expect(r.resources.some((x) => x.id === arn.publicBucket)).toBe(true);
    expect(r.coverage).toContainEqual(
      expect.objectContaining({
        operation: 'ec2-describe-security-groups',
        error: 'invalid-input',
        region: 'us-east-1',
      }),
    );
  });

  it('keeps a property known from one source when another per-bucket output is missing', async () => {
    const root = scratch();
    rmSync(join(regionDir(root), 's3api-get-bucket-acl', 'public-assets-111122223333.json'));
    const r = await collectCli(root, ctx);
    // The policy alone makes it publicly readable; whether the ACL allows writes is now unknown.
    expect(props(r, arn.publicBucket).publicRead).toBe(true);
    expect(props(r, arn.publicBucket)).not.toHaveProperty('publicWrite');
    expect(unknownOf(r, arn.publicBucket).publicWrite).toBe(
      's3api-get-bucket-acl/public-assets-111122223333.json missing',
    );
    expect(r.issues).toEqual([]);
  });

  it('takes a failed call captured as CLI error text as a coverage gap, not an issue', async () => {
    const root = scratch();
    writeFileSync(
      join(regionDir(root), 'rds-describe-db-instances.json'),
      'An error occurred (AccessDenied) when calling the DescribeDBInstances operation: User: arn:aws:iam::111122223333:user/auditor is not authorized to perform: rds:DescribeDBInstances\n',
    );
    writeFileSync(
      join(regionDir(root), 's3api-get-bucket-encryption', 'app-data-111122223333.json'),
      'An error occurred (AccessDenied) when calling the GetBucketEncryption operation: Access Denied\n',
    );
    const r = await collectCli(root, ctx);
    expect(r.issues).toEqual([]);
    expect(r.resources.some((x) => x.kind === 'database.instance')).toBe(false);
    expect(r.coverage).toContainEqual(
      expect.objectContaining({
        operation: 'rds-describe-db-instances',
        error: 'access-denied',
        service: 'rds',
        region: 'us-east-1',
      }),
    );
    expect(r.coverage).toContainEqual(
      expect.objectContaining({ operation: 's3api-get-bucket-encryption', error: 'access-denied' }),
    );
    expect(unknownOf(r, arn.appBucket).encryption).toBe('s3api-get-bucket-encryption failed: AccessDenied');
  });

  it('counts outputs of commands it does not read instead of dropping them', async () => {
    const root = scratch();
    writeFileSync(join(regionDir(root), 'sqs-list-queues.json'), '{"QueueUrls": []}\n');
    mkdirSync(join(regionDir(root), 'sqs-get-queue-attributes'));
    writeFileSync(join(regionDir(root), 'sqs-get-queue-attributes', 'orders.json'), '{"Attributes": {}}\n');
    writeFileSync(join(regionDir(root), 'notes.json'), '{}\n');
    writeFileSync(join(regionDir(root), 'README.md'), '# exported 2024-06-02\n');
    const r = await collectCli(root, ctx);
    expect(r.unknownTypes).toEqual({ 'aws-cli:sqs-list-queues': 1, 'aws-cli:sqs-get-queue-attributes': 1 });
    expect(r.issues).toEqual([expect.objectContaining({ file: join(regionDir(root), 'notes.json') })]);
  });

  it('reports one malformed record and reads the others', async () => {
    const root = scratch();
    const file = join(regionDir(root), 'ec2-describe-vpcs.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.Vpcs.unshift({ CidrBlock: '10.9.0.0/16', State: 'available' }, 'not-a-vpc');
    writeFileSync(file, JSON.stringify(doc, null, 4));
    const r = await collectCli(root, ctx);
    expect(r.issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'a VPC record has no VpcId; skipped'],
      [7, 'an entry of Vpcs is not an object; skipped'],
    ]);
    expect(r.resources.filter((x) => x.kind === 'network.vpc' && x.region === 'us-east-1')).toHaveLength(2);
  });

  it('leaves an organization trail seen from a member account to the account that owns it', async () => {
    const root = scratch();
    const file = join(regionDir(root, 'eu-west-1'), 'cloudtrail-describe-trails.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.trailList.push({
      Name: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org-wide',
      S3BucketName: 'org-wide-trail-999988887777',
      IsMultiRegionTrail: true,
      HomeRegion: 'us-east-1',
      TrailARN: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org-wide',
      LogFileValidationEnabled: true,
      IsOrganizationTrail: true,
    });
    writeFileSync(file, JSON.stringify(doc, null, 4));
    const r = await collectCli(root, ctx);
    expect(r.resources.filter((x) => x.kind === 'logging.trail').map((x) => x.id)).toEqual([arn.trail]);
  });

  it('finds the account and Region in the data when the folders are not named after them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'verity-aws-flat-'));
    tmp.push(root);
    for (const f of [
      'ec2-describe-instances.json',
      'ec2-describe-security-groups.json',
      'ec2-describe-subnets.json',
    ])
      cpSync(join(ORG, ACCOUNT, 'us-east-1', f), join(root, 'prod-export', f));
    expect(detectCliFolder(join(root, 'prod-export'))).toBe(true);
    const r = await collectCli(join(root, 'prod-export'), ctx);
    expect(r.issues).toEqual([]);
    expect(byId(r, arn.instance)).toMatchObject({ account: ACCOUNT, region: 'us-east-1' });
    // Without route tables the subnet's exposure is unknown, with the reason.
    expect(unknownOf(r, arn.subnetPublic).public).toMatch(/ec2-describe-route-tables\.json missing/);
    // Trails could not be listed: the account says so rather than looking trail-less.
    expect(unknownOf(r, `aws:account:${ACCOUNT}`)['logging.trail']).toMatch(
      /cloudtrail-describe-trails\.json missing/,
    );
  });
});
