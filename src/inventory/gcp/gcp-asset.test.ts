import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import {
  gcpAssetCollector,
  gcpAssetFolderCollector,
  isCaiExportFolder,
  looksLikeCaiExport,
} from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIX = resolve(here, '../../../test/fixtures/inventory/gcp');
const EXPORT = join(FIX, 'export');
const RESOURCE = join(EXPORT, 'resource.jsonl');
const IAM = join(EXPORT, 'iam-policy.jsonl');
const SEARCH = join(FIX, 'search');
const CTX = { collectedAt: '2025-01-15T08:00:00.000Z' };
const P = 'acme-analytics-prod';
const N = '418203765194';
const C = `//compute.googleapis.com/projects/${P}`;
const PROJECT = `//cloudresourcemanager.googleapis.com/projects/${N}`;
const VM_ETL = `${C}/zones/europe-west1-b/instances/vm-etl-01`;
const VM_WEB = `${C}/zones/europe-west1-b/instances/vm-web-01`;
const FW_SSH = `${C}/global/firewalls/default-allow-ssh`;
const FW_WEB = `${C}/global/firewalls/allow-web`;
const FW_MYSQL = `${C}/global/firewalls/allow-legacy-mysql`;
const FW_SMTP = `${C}/global/firewalls/deny-smtp-egress`;
const NET_DEFAULT = `${C}/global/networks/default`;
const NET_ANALYTICS = `${C}/global/networks/vpc-analytics`;
const SUB_DEFAULT = `${C}/regions/europe-west1/subnetworks/default`;
const SUB_ANALYTICS = `${C}/regions/europe-west1/subnetworks/snet-analytics`;
const PUBLIC_BUCKET = '//storage.googleapis.com/acme-analytics-public-reports';
const RAW_BUCKET = '//storage.googleapis.com/acme-analytics-raw';
const LOG_BUCKET = '//storage.googleapis.com/acme-analytics-logs';
const SQL = `//cloudsql.googleapis.com/projects/${P}/instances/sql-reporting`;
const KR = `//cloudkms.googleapis.com/projects/${P}/locations/europe-west1/keyRings/kr-prod/cryptoKeys`;
const GKE = `//container.googleapis.com/projects/${P}/locations/europe-west1/clusters/gke-analytics`;
const SA_DEFAULT = `//iam.googleapis.com/projects/${P}/serviceAccounts/104729581736251849372`;
const SA_ETL = `//iam.googleapis.com/projects/${P}/serviceAccounts/118812009927301114556`;
const DEFAULT_SA_EMAIL = `${N}-compute@developer.gserviceaccount.com`;

type R = ResourceInput & { properties: Record<string, unknown> };
function get(result: CollectResult, id: string): R {
  const r = result.resources.find((x) => x.id === id);
  if (!r) throw new Error(`${id} not collected; have:\n${result.resources.map((x) => x.id).join('\n')}`);
  return r as R;
}
const reason = (r: ResourceInput, path: string) => r.unknown?.find((u) => u.path === path)?.reason;
/** The 1-based line of the export that names `name`. */
function lineNaming(file: string, name: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith(`{"name":"${name}"`)) + 1
  );
}

function tmp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verity-gcp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

type Asset = {
  name: string;
  asset_type: string;
  resource?: { data: Record<string, unknown> };
  iam_policy?: { bindings: unknown[] };
};
const readAssets = (file: string): Asset[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Asset);
function find(assets: Asset[], nameEnd: string): Asset {
  const a = assets.find((x) => x.name.endsWith(nameEnd));
  if (!a) throw new Error(`no asset ${nameEnd}`);
  return a;
}
const data = (assets: Asset[], nameEnd: string) =>
  find(assets, nameEnd).resource?.data as Record<string, unknown>;

/** Both exports with something changed, collected as a folder. */
async function variant(edit: (resources: Asset[], policies: Asset[]) => void): Promise<CollectResult> {
  const resources = readAssets(RESOURCE);
  const policies = readAssets(IAM);
  edit(resources, policies);
  const lines = (xs: Asset[]) => `${xs.map((x) => JSON.stringify(x)).join('\n')}\n`;
  const dir = tmp({ 'resource.jsonl': lines(resources), 'iam-policy.jsonl': lines(policies) });
  return gcpAssetCollector.collect(dir, CTX);
}

const gcpServices = new Set(
  loadCatalog()
    .provider('gcp')
    .services.map((s) => s.id),
);
function expectWellFormed(result: CollectResult): void {
  for (const r of result.resources) {
    expect(() => ResourceSchema.parse(r), r.id).not.toThrow();
    expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    expect(r.provider).toBe('gcp');
    expect(gcpServices.has(r.service), `${r.service} is a catalog service`).toBe(true);
    expect(r.source.collector).toBe('gcp-asset');
  }
}

describe('detect', () => {
  const head = (file: string) => readFileSync(file, 'utf8').slice(0, 4096);

  it('recognises export lines (resource and iam-policy) and search results', () => {
    expect(looksLikeCaiExport(RESOURCE, head(RESOURCE))).toBe(true);
    expect(looksLikeCaiExport(IAM, head(IAM))).toBe(true);
    for (const f of ['search-all-resources.json', 'search-all-iam-policies.json'])
      expect(looksLikeCaiExport(f, head(join(SEARCH, f))), f).toBe(true);
    // Exports written to Cloud Storage often have no extension (`--per-asset-type` writes …/Instance/0).
    expect(looksLikeCaiExport('compute.googleapis.com/Instance/0', head(RESOURCE))).toBe(true);
  });

  it('leaves other JSON alone', () => {
    const azure =
      '{"count": 1, "data": [{"id": "/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/z"}], "skip_token": null}';
    const awsConfig =
      '{"configurationItems": [{"resourceType": "AWS::S3::Bucket", "arn": "arn:aws:s3:::b"}]}';
    const tf =
      '{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"type": "google_storage_bucket"}]}}}';
    for (const text of [azure, awsConfig, tf, 'name,asset_type\n'])
      expect(looksLikeCaiExport('x.json', text), text).toBe(false);
  });

  it('claims a folder only when it holds Cloud Asset Inventory exports only', () => {
    expect(isCaiExportFolder(EXPORT)).toBe(true);
    expect(isCaiExportFolder(SEARCH)).toBe(true);
    expect(isCaiExportFolder(RESOURCE)).toBe(false);
    expect(isCaiExportFolder(tmp({ 'a.jsonl': head(RESOURCE), 'b.json': '{"count":0,"data":[]}' }))).toBe(
      false,
    );
    expect(isCaiExportFolder(tmp({ 'a.jsonl': head(RESOURCE), 'NOTES.md': '# ok' }))).toBe(true);
    expect(gcpAssetFolderCollector.wantsDirectory).toBe(true);
  });
});

describe('a Cloud Asset Inventory export (resource + iam-policy, JSON lines)', async () => {
  const result = await gcpAssetCollector.collect(EXPORT, CTX);

  it('normalizes every known type, counts the others, reports nothing wrong', () => {
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual([IAM, RESOURCE]);
    expect(result.unknownTypes).toEqual({
      'pubsub.googleapis.com/Topic': 1,
      'compute.googleapis.com/Route': 1,
    });
    expectWellFormed(result);
    const count = (kind: string) => result.resources.filter((r) => r.kind === kind).length;
    expect(count('compute.instance')).toBe(2);
    expect(count('network.security-group')).toBe(4);
    expect(count('storage.bucket')).toBe(3);
    expect(count('identity.principal')).toBe(2);
    expect(count('identity.role')).toBe(5);
    // The project account is the project id, whether the asset is named by id, by number or not at all.
    expect(new Set(result.resources.map((r) => r.account))).toEqual(new Set([P]));
  });

  it('uses full resource names as ids and locates each asset at its export line', () => {
    const vm = get(result, VM_ETL);
    expect(vm.source.location).toBe(`${RESOURCE}:${lineNaming(RESOURCE, VM_ETL)}`);
    expect(vm.region).toBe('europe-west1');
    expect(vm.properties.zone).toBe('europe-west1-b');
    expect(vm.tags).toEqual({ team: 'data', env: 'prod' });
    // A bucket read from both exports is located at its resource line; a binding at its IAM line.
    expect(get(result, PUBLIC_BUCKET).source.location).toBe(
      `${RESOURCE}:${lineNaming(RESOURCE, PUBLIC_BUCKET)}`,
    );
    expect(get(result, PUBLIC_BUCKET).region).toBe('eu');
    expect(get(result, `${PROJECT}#roles/owner`).source.location).toBe(`${IAM}:1`);
  });

  it('normalizes a firewall allowing 22 from 0.0.0.0/0 to every instance of the network', () => {
    const fw = get(result, FW_SSH);
    expect(fw.kind).toBe('network.security-group');
    expect(fw.service).toBe('vpc');
    expect(fw.properties).toMatchObject({
      rules: [
        {
          direction: 'ingress',
          action: 'allow',
          protocol: 'tcp',
          ports: { from: 22, to: 22 },
          peers: ['0.0.0.0/0'],
          priority: 65534,
          description: 'default-allow-ssh: Allow SSH from anywhere',
        },
      ],
      vpc: NET_DEFAULT,
      isDefault: true,
      targets: ['*'],
      attachedTo: [VM_ETL],
    });
    expect(fw.relations).toEqual(
      expect.arrayContaining([
        { type: 'in-vpc', target: NET_DEFAULT },
        { type: 'protects', target: VM_ETL },
      ]),
    );
  });

  it('applies target tags, skips the rules of a disabled firewall, and reads egress denies', () => {
    expect(get(result, FW_WEB).properties).toMatchObject({
      targets: ['tag:web'],
      attachedTo: [VM_WEB],
      logging: true,
    });
    expect((get(result, FW_WEB).properties.rules as unknown[]).length).toBe(2);
    expect(get(result, FW_MYSQL).properties).toMatchObject({
      disabled: true,
      rules: [],
      targets: [`service-account:sa-etl@${P}.iam.gserviceaccount.com`],
      attachedTo: [],
    });
    const smtp = get(result, FW_SMTP).properties.rules as Record<string, unknown>[];
    expect(smtp.map((r) => [r.direction, r.action, r.ports, r.peers])).toEqual([
      ['egress', 'deny', { from: 25, to: 25 }, ['0.0.0.0/0']],
      ['egress', 'deny', { from: 465, to: 587 }, ['0.0.0.0/0']],
    ]);
  });

  it('normalizes instances: addresses, networks, metadata, Shielded VM, service account, firewalls, image', () => {
    const etl = get(result, VM_ETL);
    expect(etl.kind).toBe('compute.instance');
    expect(etl.service).toBe('compute-engine');
    expect(etl.properties).toMatchObject({
      state: 'running',
      publicIps: ['34.76.12.5'],
      privateIps: ['10.132.0.2'],
      subnet: SUB_DEFAULT,
      vpc: NET_DEFAULT,
      disksEncrypted: true,
      serialConsole: true,
      projectSshKeysBlocked: false,
      shieldedVm: true,
      secureBoot: false,
      osLogin: true, // from the project's common instance metadata
      role: SA_DEFAULT,
      serviceAccountScopes: ['https://www.googleapis.com/auth/cloud-platform'],
      securityGroups: [FW_SSH],
      image: 'projects/debian-cloud/global/images/debian-12-bookworm-v20240515',
      machineType: 'e2-standard-4',
      networkTags: ['etl'],
    });
    expect(etl.properties.metadataTokensRequired).toBeUndefined();
    expect(etl.relations).toEqual(
      expect.arrayContaining([
        { type: 'in-subnet', target: SUB_DEFAULT },
        { type: 'in-vpc', target: NET_DEFAULT },
        { type: 'uses-role', target: SA_DEFAULT },
        { type: 'uses-security-group', target: FW_SSH },
      ]),
    );
    const web = get(result, VM_WEB);
    expect(web.properties).toMatchObject({
      publicIps: [],
      serialConsole: false, // not on the instance, not in the project metadata
      projectSshKeysBlocked: true,
      shieldedVm: true,
      diskKeyTypes: ['customer-managed'],
      securityGroups: [FW_WEB, FW_SMTP],
      // sa-web is not in the export: the IAM name by email.
      role: `//iam.googleapis.com/projects/${P}/serviceAccounts/sa-web@${P}.iam.gserviceaccount.com`,
    });
  });

  it('normalizes disks with Google-managed and customer-managed keys', () => {
    expect(get(result, `${C}/zones/europe-west1-b/disks/vm-etl-01`).properties).toMatchObject({
      encryption: { enabled: true, keyType: 'provider' },
      sizeGb: 50,
      state: 'ready',
      attachedTo: [VM_ETL],
    });
    const web = get(result, `${C}/zones/europe-west1-b/disks/vm-web-01`);
    expect(web.properties.encryption).toEqual({
      enabled: true,
      keyType: 'customer-managed',
      keyId: `${KR}/disk-key`,
    });
    expect(web.relations).toContainEqual({ type: 'uses-key', target: `${KR}/disk-key` });
  });

  it('flags the public bucket (allUsers objectViewer) and reads the others', () => {
    const pub = get(result, PUBLIC_BUCKET);
    expect(pub.service).toBe('cloud-storage');
    expect(pub.properties).toMatchObject({
      publicRead: true,
      publicWrite: false,
      publicAccessBlocked: false,
      publicMembers: ['allUsers'],
      uniformAccess: true,
      versioning: false,
      accessLogging: false,
      encryption: { enabled: true, keyType: 'provider' },
      replication: true,
    });
    expect(pub.properties.policy).toContainEqual({
      effect: 'allow',
      actions: ['roles/storage.objectViewer'],
      principals: ['allUsers'],
    });
    const raw = get(result, RAW_BUCKET);
    expect(raw.properties).toMatchObject({
      publicRead: false,
      publicWrite: false,
      publicAccessBlocked: true,
      versioning: true,
      accessLogging: true,
      lifecycleRules: 1,
      objectLock: true,
      retentionDays: 30,
      encryption: { enabled: true, keyType: 'customer-managed', keyId: `${KR}/storage-key` },
    });
    expect(raw.relations).toEqual(
      expect.arrayContaining([
        { type: 'logs-to', target: LOG_BUCKET },
        { type: 'uses-key', target: `${KR}/storage-key` },
      ]),
    );
    // Uniform access off: object ACLs could still make objects public, and the export does not hold them.
    const logs = get(result, LOG_BUCKET);
    expect(logs.properties.publicRead).toBeUndefined();
    expect(reason(logs, 'publicRead')).toMatch(/object ACLs/);
  });

  it('flags the Cloud SQL instance open to 0.0.0.0/0 without backups', () => {
    const sql = get(result, SQL);
    expect(sql.service).toBe('cloud-sql');
    expect(sql.properties).toMatchObject({
      engine: 'postgres',
      engineVersion: '15',
      publiclyAccessible: true,
      firewallCidrs: ['0.0.0.0/0'],
      tlsRequired: false,
      backupEnabled: false,
      backupRetentionDays: 0,
      pointInTimeRecovery: false,
      multiAz: false,
      deletionProtection: false,
      encryption: { enabled: true, keyType: 'provider' },
      iamAuth: false,
      auditLogging: false,
      databaseFlags: { log_connections: 'off', log_min_duration_statement: '-1' },
    });
  });

  it('finds the subnet without flow logs, and rolls subnets up to their network', () => {
    expect(get(result, SUB_DEFAULT).properties).toMatchObject({
      vpc: NET_DEFAULT,
      cidrs: ['10.132.0.0/20'],
      flowLogs: false,
      privateGoogleAccess: false,
    });
    expect(get(result, SUB_ANALYTICS).properties).toMatchObject({
      cidrs: ['10.10.0.0/24', '10.20.0.0/16', '10.30.0.0/20'],
      flowLogs: true,
      privateGoogleAccess: true,
    });
    expect(get(result, NET_DEFAULT).properties).toMatchObject({
      isDefault: true,
      mode: 'auto',
      cidrs: ['10.132.0.0/20'],
      flowLogs: false,
    });
    expect(get(result, NET_ANALYTICS).properties).toMatchObject({
      isDefault: false,
      mode: 'custom',
      flowLogs: true,
    });
  });

  it('normalizes Cloud KMS keys and GKE', () => {
    expect(get(result, `${KR}/disk-key`).properties).toMatchObject({
      rotationEnabled: true,
      rotationPeriodDays: 90,
      nextRotationTime: '2024-05-30T00:00:00Z',
      state: 'enabled',
      managedBy: 'customer',
      origin: 'SOFTWARE',
      policy: [
        {
          effect: 'allow',
          actions: ['roles/cloudkms.cryptoKeyEncrypterDecrypter'],
          principals: [`serviceAccount:service-${N}@compute-system.iam.gserviceaccount.com`],
        },
      ],
    });
    expect(get(result, `${KR}/storage-key`).properties).toMatchObject({
      rotationEnabled: false,
      origin: 'HSM',
    });
    const gke = get(result, GKE);
    expect(gke.service).toBe('gke-standard');
    expect(gke.properties).toMatchObject({
      version: '1.29.4-gke.1043002',
      endpointPublic: true,
      endpointAllowedCidrs: ['203.0.113.0/24'],
      secretsEncryption: { enabled: true, keyType: 'provider' },
      controlPlaneLogging: ['SYSTEM_COMPONENTS', 'WORKLOADS', 'APISERVER'],
      networkPolicy: true,
      rbac: true,
      legacyAbac: false,
      privateNodes: true,
      nodeAutoUpgrade: true,
      workloadIdentity: true,
      nodeServiceAccounts: ['default'],
    });
    expect(gke.relations).toEqual(
      expect.arrayContaining([
        { type: 'in-vpc', target: NET_ANALYTICS },
        { type: 'in-subnet', target: SUB_ANALYTICS },
      ]),
    );
  });

  it('turns the project IAM policy into roles: Owner to a user, Editor to the default compute service account', () => {
    const owner = get(result, `${PROJECT}#roles/owner`);
    expect(owner.kind).toBe('identity.role');
    expect(owner.service).toBe('iam');
    expect(owner.name).toBe('roles/owner');
    expect(owner.properties).toEqual({
      role: 'roles/owner',
      scope: PROJECT,
      members: ['user:dana.whitfield@acme-corp.example'],
      attachedPolicies: ['roles/owner'],
      primitive: true,
      custom: false,
      publicMembers: false,
    });
    expect(owner.relations).toEqual([{ type: 'attached-to', target: PROJECT }]);
    expect(get(result, `${PROJECT}#roles/editor`).properties.members).toEqual([
      `serviceAccount:${DEFAULT_SA_EMAIL}`,
      `serviceAccount:${N}@cloudservices.gserviceaccount.com`,
    ]);
    const conditional = get(result, `${PROJECT}#roles/storage.objectAdmin`);
    expect(conditional.properties.conditionalMembers).toEqual([
      {
        members: [`serviceAccount:sa-etl@${P}.iam.gserviceaccount.com`],
        condition: {
          title: 'raw bucket only',
          expression: 'resource.name.startsWith("projects/_/buckets/acme-analytics-raw")',
        },
      },
    ]);
    const project = get(result, PROJECT);
    expect(project.kind).toBe('identity.account');
    expect(project.service).toBe('resource-manager');
    expect(project.name).toBe(P);
    expect(project.properties).toMatchObject({
      projectNumber: N,
      state: 'active',
      parent: 'organizations/615739204813',
    });
  });

  it('normalizes service accounts: the default one with Editor, a user-managed key (system keys left out)', () => {
    const def = get(result, SA_DEFAULT);
    expect(def.kind).toBe('identity.principal');
    expect(def.name).toBe(DEFAULT_SA_EMAIL);
    expect(def.properties).toMatchObject({
      type: 'service-account',
      defaultServiceAccount: true,
      consoleAccess: false,
      accessKeys: [],
      attachedPolicies: ['roles/editor'],
    });
    const etl = get(result, SA_ETL);
    expect(etl.properties).toMatchObject({
      defaultServiceAccount: false,
      accessKeys: [
        {
          id: `${SA_ETL}/keys/4f1c7e2a9b3d5f60718293a4b5c6d7e8f9012345`,
          active: true,
          created: '2023-01-10T08:00:00Z',
        },
      ],
      userManagedKeys: 1,
      attachedPolicies: ['roles/bigquery.dataViewer', 'roles/storage.objectAdmin'],
      iamPolicy: [
        {
          effect: 'allow',
          actions: ['roles/iam.serviceAccountTokenCreator'],
          principals: ['user:ci-runner@acme-corp.example'],
        },
      ],
    });
  });
});

describe('one export without the other', () => {
  it('the resource export alone leaves IAM-derived properties unknown', async () => {
    const result = await gcpAssetCollector.collect(RESOURCE, CTX);
    expect(result.issues).toEqual([]);
    const pub = get(result, PUBLIC_BUCKET);
    expect(pub.properties.publicRead).toBeUndefined();
    expect(reason(pub, 'publicRead')).toMatch(/iam-policy/);
    expect(get(result, RAW_BUCKET).properties.publicRead, 'public access prevention decides alone').toBe(
      false,
    );
    expect(result.resources.some((r) => r.kind === 'identity.role')).toBe(false);
    expect(reason(get(result, SA_DEFAULT), 'attachedPolicies')).toMatch(/IAM policy is not in the input/);
  });

  it('the IAM export alone still finds the public bucket and the project roles', async () => {
    const result = await gcpAssetCollector.collect(IAM, CTX);
    expect(result.issues).toEqual([]);
    const pub = get(result, PUBLIC_BUCKET);
    expect(pub.properties.publicRead).toBe(true);
    expect(reason(pub, '*')).toMatch(/no resource data/);
    expect(get(result, `${PROJECT}#roles/owner`).properties.members).toEqual([
      'user:dana.whitfield@acme-corp.example',
    ]);
    // No Project asset, but other assets are named by project id and list the project number as an ancestor.
    expect(get(result, `${PROJECT}#roles/owner`).account).toBe(P);
    expect(result.unknownTypes).toEqual({ 'pubsub.googleapis.com/Topic': 1 });
  });
});

describe('search-all-resources and search-all-iam-policies output', async () => {
  const result = await gcpAssetCollector.collect(SEARCH, CTX);
  const BATCH = '//compute.googleapis.com/projects/acme-batch/zones/us-central1-a/instances/vm-batch-01';

  it('reads the JSON arrays, with the resource data when --read-mask gave it', () => {
    expect(result.issues).toEqual([]);
    expectWellFormed(result);
    expect(result.unknownTypes).toEqual({ 'pubsub.googleapis.com/Topic': 1 });
    const vm = get(result, BATCH);
    expect(vm.source.location).toBe(`${join(SEARCH, 'search-all-resources.json')}:2`);
    expect(vm.account).toBe('acme-batch');
    expect(vm.region).toBe('us-central1');
    expect(vm.properties).toMatchObject({
      publicIps: ['35.222.14.9'],
      privateIps: ['10.128.0.9'],
      state: 'running',
    });
    expect(reason(vm, 'securityGroups')).toMatch(/no firewall rules/);
    expect(reason(vm, 'serialConsole')).toMatch(/project metadata/);
  });

  it('joins an IAM policy search result to the bucket it names; without data, settings stay unknown', () => {
    const bucket = get(result, '//storage.googleapis.com/acme-batch-scratch');
    expect(bucket.account).toBe('acme-batch');
    expect(bucket.tags).toEqual({ purpose: 'scratch' });
    expect(bucket.properties).toMatchObject({ publicRead: true, publicMembers: ['allAuthenticatedUsers'] });
    expect(bucket.properties.publicWrite).toBeUndefined();
    expect(reason(bucket, '*')).toMatch(/no resource data/);
    const owner = get(result, '//cloudresourcemanager.googleapis.com/projects/acme-batch#roles/owner');
    expect(owner.properties.members).toEqual(['user:sam.okafor@acme-corp.example']);
    expect(owner.account).toBe('acme-batch');
  });
});

describe('bad input', () => {
  it('reports malformed lines with their line number and reads the rest of the file', async () => {
    const file = join(FIX, 'malformed.jsonl');
    const result = await gcpAssetCollector.collect(file, CTX);
    expect(result.issues.map((i) => [i.line, i.message.replace(/: .*JSON.*$/, ': …')])).toEqual([
      [2, 'invalid JSON: …'],
      [4, 'expected an object (a Cloud Asset Inventory asset)'],
      [5, 'the asset //storage.googleapis.com/acme-no-type has no asset type ("asset_type")'],
      [7, 'the record has no asset name ("name")'],
    ]);
    expect(result.issues.every((i) => i.file === file)).toBe(true);
    expect(result.resources.map((r) => [r.id, r.source.location])).toEqual([
      [`${KR}/app-key`, `${file}:1`],
      [`${C}/global/firewalls/allow-health-checks`, `${file}:6`],
    ]);
  });

  it('reports a malformed search output at its line and column', async () => {
    const dir = tmp({
      'search.json':
        '[\n  {\n    "assetType": "storage.googleapis.com/Bucket",\n    "name": "//storage.googleapis.com/b"\n  },\n]\n',
    });
    const result = await gcpAssetCollector.collect(join(dir, 'search.json'), CTX);
    expect(result.issues).toEqual([
      {
        file: join(dir, 'search.json'),
        line: 6,
        column: 1,
        message: "invalid JSON: expected a value but found ']'",
      },
    ]);
  });

  it('never throws: a missing file, a corrupt gzip, a non-export in a folder', async () => {
    const dir = tmp({
      'broken.jsonl.gz': Buffer.from('not gzip at all'),
      'notes.csv': 'a,b\n',
      'README.md': '# docs',
      LICENSE: 'Apache License',
      'compute.googleapis.com/Firewall/0':
        readFileSync(join(FIX, 'malformed.jsonl'), 'utf8').split('\n')[5] ?? '',
    });
    const result = await gcpAssetCollector.collect(dir, CTX);
    expect(result.issues.map((i) => [i.file, i.message.split(':')[0]])).toEqual([
      [join(dir, 'LICENSE'), 'not a Cloud Asset Inventory export; skipped'],
      [join(dir, 'broken.jsonl.gz'), 'could not be read'],
      [join(dir, 'notes.csv'), 'not a Cloud Asset Inventory export; skipped'],
    ]);
    // An export written per asset type has no extension: read because it looks like one.
    expect(result.resources.map((r) => r.id)).toEqual([`${C}/global/firewalls/allow-health-checks`]);
    const missing = await gcpAssetCollector.collect(join(dir, 'nope.jsonl'), CTX);
    expect(missing.issues[0]?.message).toMatch(/could not be read/);
  });
});

describe('reading large and unusual files', () => {
  it('streams a large export line by line, keeping line numbers', async () => {
    const line = (i: number) =>
      JSON.stringify({
        name: `//compute.googleapis.com/projects/${P}/regions/europe-west1/subnetworks/s${i}`,
        asset_type: 'compute.googleapis.com/Subnetwork',
        resource: {
          data: {
            name: `s${i}`,
            network: `projects/${P}/global/networks/n`,
            ipCidrRange: '10.0.0.0/24',
            description: 'é'.repeat(i % 50),
          },
        },
        ancestors: [`projects/${N}`],
      });
    const count = 20000;
    const dir = tmp({ 'big.jsonl': `${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n` });
    const started = Date.now();
    const result = await gcpAssetCollector.collect(join(dir, 'big.jsonl'), CTX);
    expect(Date.now() - started).toBeLessThan(20000);
    expect(result.issues).toEqual([]);
    expect(result.resources).toHaveLength(count);
    const last = result.resources[count - 1];
    expect(last?.source.location).toBe(`${join(dir, 'big.jsonl')}:${count}`);
    expect(last?.properties?.cidrs).toEqual(['10.0.0.0/24']);
  });

  it('reads gzip, CRLF line ends, a byte-order mark, a missing final newline, a pretty-printed asset', async () => {
    const lines = readFileSync(RESOURCE, 'utf8').trimEnd().split('\n');
    const crlf = `\uFEFF${lines.join('\r\n')}`;
    const pretty = JSON.stringify(JSON.parse(lines[10] ?? '{}'), null, 2);
    const dir = tmp({ 'a.jsonl.gz': gzipSync(lines.join('\n')), 'b.jsonl': crlf, 'c.json': pretty });
    for (const name of ['a.jsonl.gz', 'b.jsonl']) {
      const result = await gcpAssetCollector.collect(join(dir, name), CTX);
      expect(result.issues, name).toEqual([]);
      expect(get(result, VM_ETL).source.location).toBe(`${join(dir, name)}:${lineNaming(RESOURCE, VM_ETL)}`);
      expect(result.resources.length, name).toBe(22);
    }
    const single = await gcpAssetCollector.collect(join(dir, 'c.json'), CTX);
    expect(single.issues).toEqual([]);
    expect(single.resources.map((r) => r.id)).toEqual([VM_ETL]);
  });
});

describe('one field changed', () => {
  const fw = async (edit: (d: Record<string, unknown>) => void) =>
    get(await variant((rs) => edit(data(rs, '/firewalls/default-allow-ssh'))), FW_SSH);

  it('firewall sources, ports, protocol, targets and the disabled flag', async () => {
    expect(
      (await fw((d) => Object.assign(d, { sourceRanges: ['10.0.0.0/8'] }))).properties.rules,
    ).toMatchObject([{ peers: ['10.0.0.0/8'] }]);
    const tagged = await fw((d) => {
      delete d.sourceRanges;
      d.sourceTags = ['bastion'];
      d.sourceServiceAccounts = ['jump@x.iam.gserviceaccount.com'];
    });
    expect(tagged.properties.rules).toMatchObject([
      { peers: ['tag:bastion', 'service-account:jump@x.iam.gserviceaccount.com'] },
    ]);
    const noSource = await fw((d) => {
      delete d.sourceRanges;
    });
    expect(noSource.properties.rules).toMatchObject([{ peers: ['0.0.0.0/0'] }]);
    const all = await fw((d) => Object.assign(d, { allowed: [{ IPProtocol: 'all' }] }));
    expect(all.properties.rules).toMatchObject([{ protocol: 'all', ports: { from: 0, to: 65535 } }]);
    const disabled = await fw((d) => Object.assign(d, { disabled: true }));
    expect(disabled.properties).toMatchObject({ disabled: true, rules: [] });
    const byAccount = await fw((d) =>
      Object.assign(d, { targetServiceAccounts: ['nobody@x.iam.gserviceaccount.com'] }),
    );
    expect(byAccount.properties).toMatchObject({
      targets: ['service-account:nobody@x.iam.gserviceaccount.com'],
      attachedTo: [],
    });
    const bad = await fw((d) => Object.assign(d, { allowed: [{ IPProtocol: 'tcp', ports: ['ssh'] }] }));
    expect(reason(bad, 'rules')).toMatch(/unreadable ports/);
    expect(bad.properties.rules).toBeUndefined();
  });

  it('bucket: prevention enforced wins over allUsers; public write roles; allAuthenticatedUsers; custom roles; uniform access', async () => {
    const pap = await variant((rs) => {
      (
        data(rs, 'acme-analytics-public-reports').iamConfiguration as Record<string, unknown>
      ).publicAccessPrevention = 'enforced';
    });
    expect(get(pap, PUBLIC_BUCKET).properties).toMatchObject({
      publicAccessBlocked: true,
      publicRead: false,
      publicWrite: false,
    });

    const grant = (role: string, member = 'allUsers') =>
      variant((_rs, ps) => {
        find(ps, 'acme-analytics-public-reports').iam_policy?.bindings.splice(2, 1, {
          role,
          members: [member],
        });
      });
    expect(get(await grant('roles/storage.objectCreator'), PUBLIC_BUCKET).properties).toMatchObject({
      publicRead: false,
      publicWrite: true,
    });
    expect(get(await grant('roles/storage.legacyBucketWriter'), PUBLIC_BUCKET).properties.publicWrite).toBe(
      true,
    );
    expect(get(await grant('roles/storage.objectAdmin'), PUBLIC_BUCKET).properties).toMatchObject({
      publicRead: true,
      publicWrite: true,
    });
    expect(
      get(await grant('roles/storage.legacyObjectReader', 'allAuthenticatedUsers'), PUBLIC_BUCKET).properties,
    ).toMatchObject({ publicRead: true, publicMembers: ['allAuthenticatedUsers'] });
    expect(
      get(await grant('roles/storage.objectViewer', 'user:a@example.com'), PUBLIC_BUCKET).properties,
    ).toMatchObject({
      publicRead: false,
      publicWrite: false,
    });
    const custom = get(await grant(`projects/${P}/roles/bucketPeek`), PUBLIC_BUCKET);
    expect(custom.properties.publicRead).toBeUndefined();
    expect(reason(custom, 'publicRead')).toMatch(/custom role/);

    const ubla = await variant((rs) => {
      (data(rs, 'acme-analytics-logs').iamConfiguration as Record<string, unknown>).uniformBucketLevelAccess =
        { enabled: true };
    });
    expect(get(ubla, LOG_BUCKET).properties).toMatchObject({
      uniformAccess: true,
      publicRead: false,
      publicWrite: false,
    });
  });

  it('Cloud SQL: private only, backups on, TLS required, IAM auth, regional', async () => {
    const sql = async (edit: (s: Record<string, unknown>) => void) =>
      get(
        await variant((rs) => edit(data(rs, 'instances/sql-reporting').settings as Record<string, unknown>)),
        SQL,
      ).properties;
    expect(
      await sql((s) => {
        s.ipConfiguration = {
          ipv4Enabled: false,
          privateNetwork: `projects/${P}/global/networks/vpc-analytics`,
        };
      }),
    ).toMatchObject({ publiclyAccessible: false, firewallCidrs: [], tlsRequired: false, vpc: NET_ANALYTICS });
    expect(await sql((s) => Object.assign(s.backupConfiguration as object, { enabled: true }))).toMatchObject(
      {
        backupEnabled: true,
        backupRetentionDays: 7,
      },
    );
    expect(
      await sql((s) => Object.assign(s.ipConfiguration as object, { sslMode: 'ENCRYPTED_ONLY' })),
    ).toMatchObject({
      tlsRequired: true,
    });
    expect(
      await sql((s) => {
        const ip = s.ipConfiguration as Record<string, unknown>;
        delete ip.sslMode;
        ip.requireSsl = true;
      }),
    ).toMatchObject({ tlsRequired: true });
    expect(
      await sql((s) => {
        s.databaseFlags = [
          { name: 'cloudsql.iam_authentication', value: 'on' },
          { name: 'cloudsql.enable_pgaudit', value: 'on' },
        ];
        s.availabilityType = 'REGIONAL';
      }),
    ).toMatchObject({ iamAuth: true, auditLogging: true, multiAz: true });
  });

  it('subnet flow logs on makes the network covered', async () => {
    const result = await variant((rs) => {
      data(rs, 'subnetworks/default').logConfig = { enable: true };
    });
    expect(get(result, SUB_DEFAULT).properties.flowLogs).toBe(true);
    expect(get(result, NET_DEFAULT).properties.flowLogs).toBe(true);
  });

  it('instance: serial port from the project, no external address, no Shielded VM, no project metadata', async () => {
    const result = await variant((rs) => {
      const d = data(rs, 'instances/vm-etl-01');
      (d.metadata as { items: unknown[] }).items = [];
      (d.networkInterfaces as { accessConfigs?: unknown }[])[0] = {
        ...(d.networkInterfaces as object[])[0],
        accessConfigs: [],
      };
      delete d.shieldedInstanceConfig;
    });
    expect(get(result, VM_ETL).properties).toMatchObject({
      serialConsole: false,
      publicIps: [],
      shieldedVm: false,
    });
    const projectOn = await variant((rs) => {
      const items = (data(rs, `projects/${P}`).commonInstanceMetadata as { items: unknown[] }).items;
      items.push({ key: 'serial-port-enable', value: '1' });
    });
    expect(get(projectOn, VM_WEB).properties.serialConsole).toBe(true);
    const noProject = await variant((rs) => {
      rs.splice(rs.indexOf(find(rs, `compute.googleapis.com/projects/${P}`)), 1);
    });
    expect(get(noProject, VM_WEB).properties.serialConsole).toBeUndefined();
    expect(reason(get(noProject, VM_WEB), 'serialConsole')).toMatch(/project metadata/);
  });

  it('service account keys: expired, named by email, or of an account not in the export', async () => {
    const expired = await variant((rs) => {
      data(rs, 'keys/4f1c7e2a9b3d5f60718293a4b5c6d7e8f9012345').validBeforeTime = '2024-01-01T00:00:00Z';
    });
    expect(get(expired, SA_ETL).properties.accessKeys).toMatchObject([{ active: false }]);
    const byEmail = await variant((rs) => {
      const key = find(rs, 'keys/4f1c7e2a9b3d5f60718293a4b5c6d7e8f9012345');
      key.name = key.name.replace('118812009927301114556', `sa-etl@${P}.iam.gserviceaccount.com`);
    });
    expect(get(byEmail, SA_ETL).properties.userManagedKeys).toBe(1);
    // Known from its IAM policy only: a partial principal that still gets its keys.
    const policyOnly = await variant((rs) => {
      rs.splice(rs.indexOf(find(rs, 'serviceAccounts/118812009927301114556')), 1);
    });
    expect(get(policyOnly, SA_ETL).properties).toMatchObject({
      type: 'service-account',
      accessKeys: [{ active: true }],
    });
    expect(reason(get(policyOnly, SA_ETL), '*')).toMatch(/no resource data/);
    // Known from its keys only: added, so the key is not lost.
    const keysOnly = await variant((rs, ps) => {
      rs.splice(rs.indexOf(find(rs, 'serviceAccounts/118812009927301114556')), 1);
      ps.splice(ps.indexOf(find(ps, 'serviceAccounts/118812009927301114556')), 1);
    });
    const stub = get(keysOnly, SA_ETL);
    expect(stub.properties).toMatchObject({ type: 'service-account', accessKeys: [{ active: true }] });
    expect(stub.source.location).toMatch(/resource\.jsonl:\d+$/);
    expect(reason(stub, '*')).toMatch(/known only from its keys/);
  });

  it('GKE: private endpoint, no authorized networks, secrets encrypted with Cloud KMS, Autopilot', async () => {
    const gke = async (edit: (d: Record<string, unknown>) => void) =>
      get(await variant((rs) => edit(data(rs, 'clusters/gke-analytics'))), GKE);
    expect(
      (await gke((d) => Object.assign(d.privateClusterConfig as object, { enablePrivateEndpoint: true })))
        .properties,
    ).toMatchObject({ endpointPublic: false, endpointAllowedCidrs: [] });
    expect(
      (
        await gke((d) => {
          delete d.masterAuthorizedNetworksConfig;
        })
      ).properties.endpointAllowedCidrs,
    ).toEqual(['0.0.0.0/0']);
    const key = `projects/${P}/locations/europe-west1/keyRings/kr-prod/cryptoKeys/gke-secrets`;
    expect(
      (await gke((d) => Object.assign(d, { databaseEncryption: { state: 'ENCRYPTED', keyName: key } })))
        .properties.secretsEncryption,
    ).toEqual({ enabled: true, keyType: 'customer-managed', keyId: `//cloudkms.googleapis.com/${key}` });
    const autopilot = await gke((d) => Object.assign(d, { autopilot: { enabled: true }, nodePools: [] }));
    expect(autopilot.service).toBe('gke-autopilot');
    expect(autopilot.properties).toMatchObject({ nodeAutoUpgrade: true, networkPolicy: true });
  });

  it('Cloud KMS key without a rotation period', async () => {
    const result = await variant((rs) => {
      delete data(rs, 'cryptoKeys/disk-key').rotationPeriod;
    });
    expect(get(result, `${KR}/disk-key`).properties.rotationEnabled).toBe(false);
    expect(get(result, `${KR}/disk-key`).properties.rotationPeriodDays).toBeUndefined();
  });
});
