import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { checkProperties, type ResourceInput, ResourceSchema } from '../../core/index.js';
import type { CollectResult } from '../types.js';
import { rangeToCidrs } from './fields.js';
import {
  azureGraphCollector,
  azureGraphFolderCollector,
  isAzureExportFolder,
  looksLikeAzureExport,
  peersOf,
  portRangeOf,
} from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIX = resolve(here, '../../../test/fixtures/inventory/azure');
const GRAPH = join(FIX, 'graph/resources.json');
const CLI = join(FIX, 'cli');
const CTX = { collectedAt: '2025-01-15T08:00:00.000Z' };
const SUB = '6b1e2a4c-3d5f-4e7a-8b9c-0d1e2f3a4b5c';

/** The collector's id for a resource of the fixture subscription: `rg-x/providers/…`, lower-cased. */
const rid = (path: string) => `/subscriptions/${SUB}/resourcegroups/${path}`.toLowerCase();
const VM = rid('rg-prod-web/providers/Microsoft.Compute/virtualMachines/vm-web-01');
const NIC = rid('rg-prod-web/providers/Microsoft.Network/networkInterfaces/vm-web-01-nic');
const NSG_WEB = rid('rg-prod-web/providers/Microsoft.Network/networkSecurityGroups/nsg-web');
const NSG_DATA = rid('rg-prod-net/providers/Microsoft.Network/networkSecurityGroups/nsg-data');
const VNET = rid('rg-prod-net/providers/Microsoft.Network/virtualNetworks/vnet-prod');
const SNET_WEB = `${VNET}/subnets/snet-web`;
const SNET_DATA = `${VNET}/subnets/snet-data`;
const DISK = rid('rg-prod-web/providers/Microsoft.Compute/disks/vm-web-01_OsDisk_1');
const ST_LOGS = rid('rg-prod-web/providers/Microsoft.Storage/storageAccounts/stprodweblogs01');
const ST_BACKUP = rid('rg-prod-data/providers/Microsoft.Storage/storageAccounts/stprodbackup01');
const SQL = rid('rg-prod-data/providers/Microsoft.Sql/servers/sql-prod-orders');
const KV = rid('rg-prod-data/providers/Microsoft.KeyVault/vaults/kv-prod-secrets');
const AKS = rid('rg-prod-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod');
const APP = rid('rg-prod-web/providers/Microsoft.Web/sites/app-prod-shop');

function get(result: CollectResult, id: string): ResourceInput & { properties: Record<string, unknown> } {
  const r = result.resources.find((x) => x.id === id);
  if (!r) throw new Error(`${id} not collected; have:\n${result.resources.map((x) => x.id).join('\n')}`);
  return r as ResourceInput & { properties: Record<string, unknown> };
}
const reason = (r: ResourceInput, path: string) => r.unknown?.find((u) => u.path === path)?.reason;

/** The line where the record holding `needle` starts: the nearest line above it that is `{` at `indent`. */
function recordLine(file: string, needle: string, indent: number): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(needle));
  for (let i = at; i >= 0; i--) if (lines[i] === `${' '.repeat(indent)}{`) return i + 1;
  throw new Error(`no record around ${needle}`);
}

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verity-azure-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

type Row = Record<string, unknown>;
const graphRows = (): Row[] => (JSON.parse(readFileSync(GRAPH, 'utf8')) as { data: Row[] }).data;

/** The Resource Graph fixture with one record changed, collected. */
async function variant(edit: (rows: Row[]) => void): Promise<CollectResult> {
  const rows = graphRows();
  edit(rows);
  const dir = tmp({
    'graph.json': JSON.stringify({ count: rows.length, data: rows, skip_token: null }, null, 2),
  });
  return azureGraphCollector.collect(join(dir, 'graph.json'), CTX);
}
function row(rows: Row[], name: string): Row & { properties: Row } {
  const r = rows.find((x) => x.name === name);
  if (!r) throw new Error(`no row ${name}`);
  return r as Row & { properties: Row };
}
function nsgRule(rows: Row[], nsg: string, rule: string): Row {
  const rules = row(rows, nsg).properties.securityRules as { name: string; properties: Row }[];
  const r = rules.find((x) => x.name === rule);
  if (!r) throw new Error(`no rule ${rule}`);
  return r.properties;
}

const azureServices = new Set(
  loadCatalog()
    .provider('azure')
    .services.map((s) => s.id),
);

function expectWellFormed(result: CollectResult): void {
  for (const r of result.resources) {
    expect(() => ResourceSchema.parse(r), r.id).not.toThrow();
    expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
    expect(r.provider).toBe('azure');
    expect(r.id, 'ids are lower-cased').toBe(r.id.toLowerCase());
    expect(azureServices.has(r.service), `${r.service} is a catalog service`).toBe(true);
    expect(r.source.collector).toBe('azure-graph');
    expect(r.source.collectedAt).toBe(CTX.collectedAt);
  }
}

describe('detect', () => {
  const head = (file: string) => readFileSync(file, 'utf8').slice(0, 4096);

  it('recognises Resource Graph output, az list output and the bare array form', () => {
    expect(looksLikeAzureExport(GRAPH, head(GRAPH))).toBe(true);
    for (const f of [
      'vm-list.json',
      'nsg-list.json',
      'role-assignment-list.json',
      'storage-blob-service-properties-show.json',
    ])
      expect(looksLikeAzureExport(join(CLI, f), head(join(CLI, f))), f).toBe(true);
    const bare = JSON.stringify(graphRows().slice(0, 1), null, 2);
    expect(looksLikeAzureExport('resources.json', bare)).toBe(true);
    expect(looksLikeAzureExport('page-2.json', '{"count": 0, "data": [], "skip_token": null}')).toBe(true);
  });

  it('leaves other JSON with Azure ids alone: templates, Terraform state, flow log blobs, other clouds', () => {
    const arm =
      '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [{"type": "Microsoft.Storage/storageAccounts"}]}';
    const tfstate =
      '{"version": 4, "terraform_version": "1.7.0", "resources": [{"instances": [{"attributes": {"id": "/subscriptions/x/resourceGroups/y"}}]}]}';
    const flowLog =
      '{"records": [{"time": "2024-01-01T00:00:00Z", "resourceId": "/SUBSCRIPTIONS/X/RESOURCEGROUPS/Y", "category": "NetworkSecurityGroupFlowEvent"}]}';
    const cai =
      '{"name":"//compute.googleapis.com/projects/p/zones/z/instances/i","asset_type":"compute.googleapis.com/Instance"}';
    for (const [name, text] of [
      ['template.json', arm],
      ['terraform.tfstate.json', tfstate],
      ['PT1H.json', flowLog],
      ['assets.json', cai],
      ['empty.json', '[]'],
    ] as const)
      expect(looksLikeAzureExport(name, text), name).toBe(false);
    expect(looksLikeAzureExport('resources.yaml', head(GRAPH)), 'only .json files').toBe(false);
  });

  it('claims a folder only when every data file in it is an Azure export', () => {
    expect(isAzureExportFolder(CLI)).toBe(true);
    expect(isAzureExportFolder(dirname(GRAPH))).toBe(true);
    expect(isAzureExportFolder(GRAPH), 'a file is not a folder').toBe(false);
    const mixed = tmp({ 'vm.json': head(GRAPH), 'main.tf': 'resource "x" "y" {}', 'README.md': '# notes' });
    expect(isAzureExportFolder(mixed)).toBe(false);
    const withDocs = tmp({
      'vm.json': readFileSync(GRAPH, 'utf8'),
      'empty.json': '[]',
      'NOTES.md': '# fine',
    });
    expect(isAzureExportFolder(withDocs)).toBe(true);
    expect(azureGraphFolderCollector.wantsDirectory).toBe(true);
    expect(azureGraphFolderCollector.detect(withDocs, '')).toBe(true);
  });
});

describe('a Resource Graph export (az graph query … -o json)', async () => {
  const result = await azureGraphCollector.collect(GRAPH, CTX);

  it('normalizes every known type, counts the others, and reports nothing wrong', () => {
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual([GRAPH]);
    expect(result.unknownTypes).toEqual({
      'microsoft.network/networkwatchers': 1,
      'microsoft.operationalinsights/workspaces': 1,
    });
    const kinds = result.resources.map((r) => r.kind).sort();
    expect(kinds).toEqual(
      [
        'compute.container-cluster',
        'compute.container-service',
        'compute.instance',
        'crypto.key',
        'database.instance',
        'database.instance',
        'logging.flow-log',
        'network.interface',
        'network.route-table',
        'network.security-group',
        'network.security-group',
        'network.subnet',
        'network.subnet',
        'network.subnet',
        'network.vpc',
        'storage.bucket',
        'storage.bucket',
        'storage.volume',
        'storage.volume',
      ].sort(),
    );
    expectWellFormed(result);
  });

  it('uses the lower-cased resource id, the subscription as account, the location as region, and keeps the original', () => {
    const vm = get(result, VM);
    expect(vm.account).toBe(SUB);
    expect(vm.region).toBe('westeurope');
    expect(vm.name).toBe('vm-web-01');
    expect(vm.tags).toEqual({ env: 'prod', owner: 'web-team' });
    expect((vm.raw as { id: string }).id).toBe(
      `/subscriptions/${SUB}/resourceGroups/rg-prod-web/providers/Microsoft.Compute/virtualMachines/vm-web-01`,
    );
    expect(get(result, DISK).name).toBe('vm-web-01_OsDisk_1');
  });

  it('locates every record at the line it starts on', () => {
    expect(get(result, VM).source.location).toBe(
      `${GRAPH}:${recordLine(GRAPH, '/virtualMachines/vm-web-01",', 4)}`,
    );
    expect(get(result, KV).source.location).toBe(
      `${GRAPH}:${recordLine(GRAPH, '/vaults/kv-prod-secrets",', 4)}`,
    );
    // Subnets embedded in their VNet are located at their own object.
    expect(get(result, SNET_DATA).source.location).toBe(
      `${GRAPH}:${recordLine(GRAPH, '"name": "snet-data"', 10)}`,
    );
  });

  it('joins a VM with its NIC, public IP, subnet and NSG', () => {
    const vm = get(result, VM);
    expect(vm.kind).toBe('compute.instance');
    expect(vm.service).toBe('virtual-machines');
    expect(vm.properties).toMatchObject({
      state: 'running',
      os: 'linux',
      image: 'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest',
      interfaces: [NIC],
      publicIps: ['20.61.14.77'],
      privateIps: ['10.20.1.4'],
      subnet: SNET_WEB,
      vpc: VNET,
      securityGroups: [NSG_WEB],
      disksEncrypted: true,
      encryptionAtHost: false,
      passwordAuthentication: false,
    });
    expect(vm.properties.metadataTokensRequired, 'not applicable on Azure: absent').toBeUndefined();
    expect(vm.relations).toEqual(
      expect.arrayContaining([
        { type: 'has-interface', target: NIC },
        { type: 'in-subnet', target: SNET_WEB },
        { type: 'in-vpc', target: VNET },
        { type: 'uses-security-group', target: NSG_WEB },
      ]),
    );
    const nic = get(result, NIC);
    expect(nic.properties).toMatchObject({
      privateIps: ['10.20.1.4'],
      publicIps: ['20.61.14.77'],
      subnet: SNET_WEB,
      vpc: VNET,
      securityGroups: [NSG_WEB],
      attachedTo: VM,
      mac: '00:0d:3a:2b:4c:5d',
    });
  });

  it('normalizes NSG rules: RDP from Internet, prefixes and port lists, service tags, defaults, priority order', () => {
    const nsg = get(result, NSG_WEB);
    const rules = nsg.properties.rules as Record<string, unknown>[];
    expect(rules[0]).toEqual({
      direction: 'ingress',
      action: 'allow',
      protocol: 'tcp',
      ports: { from: 3389, to: 3389 },
      peers: ['0.0.0.0/0', '::/0'],
      priority: 300,
      description: 'AllowRDPFromInternet',
    });
    expect(rules[1]).toMatchObject({ ports: { from: 443, to: 443 }, peers: ['0.0.0.0/0', '::/0'] });
    expect(rules[1]?.description).toBe('AllowHTTPS: Public web traffic');
    const admin = rules.filter((r) => r.priority === 320);
    expect(admin.map((r) => r.ports)).toEqual([
      { from: 22, to: 22 },
      { from: 8000, to: 8100 },
    ]);
    expect(admin[0]?.peers).toEqual(['10.0.0.0/8', '192.168.10.5/32']);
    expect(rules.find((r) => r.priority === 4000)).toEqual({
      direction: 'egress',
      action: 'deny',
      protocol: 'all',
      ports: { from: 0, to: 65535 },
      peers: ['service-tag:Storage.WestEurope'],
      priority: 4000,
      description: 'DenyOutboundToStorage',
    });
    expect(rules).toHaveLength(11); // 5 from custom rules (one per port range) + 6 defaults
    expect(rules.filter((r) => r.priority === 65500).map((r) => r.action)).toEqual(['deny', 'deny']);
    expect(rules.map((r) => r.priority)).toEqual(
      [...rules.map((r) => r.priority as number)].sort((a, b) => a - b),
    );
    expect(nsg.properties).toMatchObject({ isDefault: false, attachedTo: [NIC], vpc: VNET });
    expect(nsg.relations).toEqual([{ type: 'protects', target: NIC }]);
    expect(nsg.properties.targets, 'Azure: attachments are in attachedTo').toBeUndefined();
  });

  it('adds the fixed default rules when an export leaves them out, and says so', () => {
    const nsg = get(result, NSG_DATA);
    const rules = nsg.properties.rules as { priority: number; peers: string[] }[];
    expect(rules.map((r) => r.priority)).toEqual([200, 65000, 65000, 65001, 65001, 65500, 65500]);
    expect(rules[0]?.peers).toEqual(['10.20.1.0/24']);
    expect(nsg.properties.defaultRulesAssumed).toBe(true);
    expect(nsg.properties.attachedTo).toEqual([SNET_DATA]);
  });

  it('flags a storage account that allows public blob access and plain HTTP', () => {
    const st = get(result, ST_LOGS);
    expect(st.kind).toBe('storage.bucket');
    expect(st.service).toBe('storage');
    expect(st.properties).toMatchObject({
      publicAccessBlocked: false,
      allowBlobPublicAccess: true,
      tlsOnly: false,
      minimumTlsVersion: 'TLS1_0',
      publicWrite: false,
      encryption: { enabled: true, keyType: 'provider' },
      networkDefaultAction: 'allow',
      replication: true,
    });
    // Whether a container is actually public is not in a Resource Graph export.
    expect(st.properties.publicRead).toBeUndefined();
    expect(reason(st, 'publicRead')).toMatch(/container/);
    expect(reason(st, 'accessLogging')).toMatch(/diagnostic settings/);
  });

  it('reads a customer-managed key from Key Vault and links the vault', () => {
    const st = get(result, ST_BACKUP);
    expect(st.properties).toMatchObject({
      publicAccessBlocked: true,
      publicRead: false,
      tlsOnly: true,
      encryption: {
        enabled: true,
        keyType: 'customer-managed',
        keyId: 'https://kv-prod-secrets.vault.azure.net/keys/cmk-storage',
      },
      infrastructureEncryption: true,
      networkDefaultAction: 'deny',
      allowedCidrs: ['203.0.113.10/32'],
      replication: false,
    });
    expect(st.relations).toContainEqual({ type: 'uses-key', target: KV });
  });

  it('normalizes a VM disk with platform keys, not encrypted at host, attached through a differently-cased id', () => {
    const disk = get(result, DISK);
    expect(disk.kind).toBe('storage.volume');
    expect(disk.service).toBe('managed-disks');
    expect(disk.properties).toMatchObject({
      encryption: { enabled: true, keyType: 'provider' },
      encryptionAtHost: false,
      sizeGb: 30,
      state: 'attached',
      attachedTo: [VM],
    });
    expect(disk.relations).toEqual([{ type: 'attached-to', target: VM }]);
    const archive = get(result, rid('rg-prod-web/providers/Microsoft.Compute/disks/disk-archive-01'));
    expect(archive.properties).toMatchObject({
      encryption: {
        enabled: true,
        keyType: 'customer-managed',
        keyId: rid('rg-prod-sec/providers/Microsoft.Compute/diskEncryptionSets/des-prod'),
      },
      state: 'unattached',
      attachedTo: [],
      publicNetworkAccess: false,
    });
  });

  it('normalizes an SQL server and its database; firewall rules not in the export stay unknown', () => {
    const server = get(result, SQL);
    expect(server.properties).toMatchObject({
      engine: 'sqlserver',
      engineVersion: '12.0',
      publiclyAccessible: true,
      tlsRequired: true,
      minimalTlsVersion: '1.2',
    });
    expect(reason(server, 'firewallCidrs')).toMatch(/firewall-rule list/);
    const db = get(result, `${SQL}/databases/orders`);
    expect(db.properties).toMatchObject({
      level: 'database',
      server: SQL,
      multiAz: false,
      publiclyAccessible: true,
    });
    expect(db.relations).toContainEqual({ type: 'member-of', target: SQL });
    expect(reason(db, 'encryption')).toMatch(/tde/);
  });

  it('flags a key vault without purge protection', () => {
    const kv = get(result, KV);
    expect(kv.kind).toBe('crypto.key');
    expect(kv.service).toBe('key-vault');
    expect(kv.properties).toMatchObject({
      softDelete: true,
      purgeProtection: false,
      deletionProtection: false,
      softDeleteRetentionDays: 90,
      publicNetworkAccess: true,
      managedBy: 'customer',
      policy: [
        {
          effect: 'allow',
          actions: ['keys:get', 'keys:list', 'keys:wrapkey', 'keys:unwrapkey', 'secrets:get', 'secrets:list'],
          principals: ['principal:5d2c1b0a-9e8f-4d7c-8b6a-594837261504'],
        },
      ],
    });
  });

  it('normalizes AKS, the web app, VNet, subnets, route table and the flow log', () => {
    expect(get(result, AKS).properties).toMatchObject({
      version: '1.29.4',
      endpointPublic: true,
      endpointAllowedCidrs: ['0.0.0.0/0'],
      secretsEncryption: { enabled: true, keyType: 'provider' },
      networkPolicy: true,
      rbac: true,
      privateNodes: true,
      nodeAutoUpgrade: true,
    });
    expect(reason(get(result, AKS), 'controlPlaneLogging')).toMatch(/diagnostic/);
    const app = get(result, APP);
    expect(app.kind).toBe('compute.container-service');
    expect(app.service).toBe('app-service');
    expect(app.properties).toMatchObject({ httpsOnly: false, minTlsVersion: '1.0', ftpsState: 'AllAllowed' });

    expect(get(result, VNET).properties).toMatchObject({
      cidrs: ['10.20.0.0/16'],
      isDefault: false,
      flowLogs: false,
    });
    expect(get(result, SNET_WEB).properties).toMatchObject({
      vpc: VNET,
      cidrs: ['10.20.1.0/24'],
      securityGroups: [],
      routeTable: rid('rg-prod-net/providers/Microsoft.Network/routeTables/rt-web'),
      flowLogs: false,
    });
    // snet-data's NSG has an enabled flow log.
    expect(get(result, SNET_DATA).properties).toMatchObject({ securityGroups: [NSG_DATA], flowLogs: true });
    expect(
      get(result, rid('rg-prod-net/providers/Microsoft.Network/routeTables/rt-web')).properties,
    ).toMatchObject({
      vpc: VNET,
      subnets: [SNET_WEB],
      routes: [{ destination: '0.0.0.0/0', target: '10.20.0.4', targetType: 'VirtualAppliance' }],
    });
    const fl = result.resources.find((r) => r.kind === 'logging.flow-log');
    expect(fl?.properties).toEqual({
      target: NSG_DATA,
      enabled: true,
      trafficType: 'all',
      destination: ST_LOGS,
      format: 'JSON v2',
      retentionDays: 30,
      trafficAnalytics: false,
    });
    expect(fl?.service).toBe('network-watcher');
  });
});

describe('az CLI list outputs, a folder read whole', async () => {
  const result = await azureGraphCollector.collect(CLI, CTX);
  const C = (path: string) => rid(`rg-corp/providers/${path}`);
  const JUMP = C('Microsoft.Compute/virtualMachines/vm-jump-01');
  const NSG = C('Microsoft.Network/networkSecurityGroups/nsg-jump');
  const SERVER = C('Microsoft.Sql/servers/sql-corp-hr');

  it('reads every file and joins records across them', () => {
    expect(result.issues).toEqual([]);
    expect(result.files).toHaveLength(21);
    expectWellFormed(result);
    const vm = get(result, JUMP);
    expect(vm.source.location).toBe(`${join(CLI, 'vm-list.json')}:2`);
    expect(vm.properties).toMatchObject({
      state: 'running',
      os: 'windows',
      publicIps: ['52.169.10.20'],
      privateIps: ['10.30.1.4'],
      encryptionAtHost: true,
      securityType: 'TrustedLaunch',
      securityGroups: [NSG],
      subnet: C('Microsoft.Network/virtualNetworks/vnet-corp/subnets/snet-mgmt'),
    });
    expect(get(result, C('Microsoft.Network/networkInterfaces/vm-jump-01-nic')).properties.publicIps).toEqual(
      ['52.169.10.20'],
    );
    // The disk (flattened `diskSizeGb`) is linked to its VM and inherits encryption at host.
    expect(get(result, C('Microsoft.Compute/disks/vm-jump-01_OsDisk_1_3c5e')).properties).toMatchObject({
      sizeGb: 127,
      encryptionAtHost: true,
      attachedTo: [JUMP],
    });
  });

  it('reads flattened NSG rules: RDP from `*`, application security groups as peers', () => {
    const rules = get(result, NSG).properties.rules as Record<string, unknown>[];
    expect(rules[0]).toMatchObject({
      direction: 'ingress',
      action: 'allow',
      protocol: 'tcp',
      ports: { from: 3389, to: 3389 },
      peers: ['0.0.0.0/0', '::/0'],
    });
    expect(rules[1]).toMatchObject({
      ports: { from: 5985, to: 5985 },
      peers: [`sg:${C('Microsoft.Network/applicationSecurityGroups/asg-admins')}`],
    });
    expect(get(result, NSG).properties).toMatchObject({
      flowLogs: false,
      attachedTo: [C('Microsoft.Network/networkInterfaces/vm-jump-01-nic')],
    });
  });

  it('joins SQL firewall rules (open to all, Azure services), auditing and TDE', () => {
    const server = get(result, SERVER);
    expect(server.properties).toMatchObject({
      firewallCidrs: ['0.0.0.0/0', '203.0.113.0/24'],
      allowAzureServices: true,
      auditLogging: false,
      iamAuth: true,
      encryption: { enabled: true },
    });
    const db = get(result, `${SERVER}/databases/hrdb`);
    expect(db.properties).toMatchObject({
      firewallCidrs: ['0.0.0.0/0', '203.0.113.0/24'],
      publiclyAccessible: true,
      encryption: { enabled: true },
    });
    expect(
      reason(db, 'auditLogging'),
      'server auditing off does not rule out database auditing',
    ).toBeDefined();
    const master = get(result, `${SERVER}/databases/master`);
    expect(master.properties.system).toBe(true);
    expect(reason(master, 'encryption')).toBeDefined();
  });

  it('joins blob service settings, containers and diagnostic settings to the storage account', () => {
    expect(get(result, C('Microsoft.Storage/storageAccounts/stcorpshared')).properties).toMatchObject({
      tlsOnly: true,
      publicAccessBlocked: false,
      publicRead: true,
      publicContainers: [
        C('Microsoft.Storage/storageAccounts/stcorpshared/blobServices/default/containers/public-assets'),
      ],
      versioning: false,
      accessLogging: true,
      networkDefaultAction: 'allow',
      replication: true,
    });
  });

  it('reads a vault whose settings stay under properties, AKS and a function app', () => {
    expect(get(result, C('Microsoft.KeyVault/vaults/kv-corp')).properties).toMatchObject({
      purgeProtection: true,
      deletionProtection: true,
      publicNetworkAccess: false,
      networkDefaultAction: 'deny',
      rbacAuthorization: true,
    });
    expect(get(result, C('Microsoft.ContainerService/managedClusters/aks-corp')).properties).toMatchObject({
      endpointPublic: true,
      endpointAllowedCidrs: ['203.0.113.0/24', '198.51.100.7/32'],
      secretsEncryption: {
        enabled: true,
        keyType: 'customer-managed',
        keyId: 'https://kv-corp.vault.azure.net/keys/aks-kms/0123456789abcdef0123456789abcdef',
      },
      networkPolicy: false,
      privateNodes: false,
      nodeAutoUpgrade: false,
      controlPlaneLogging: ['kube-apiserver', 'kube-audit'],
    });
    const fn = get(result, C('Microsoft.Web/sites/func-corp-hr'));
    expect(fn.kind).toBe('compute.function');
    expect(fn.service).toBe('functions');
    expect(fn.properties.httpsOnly).toBe(true);
    expect(reason(fn, 'minTlsVersion')).toMatch(/siteConfig/);
  });

  it('turns role assignments and definitions into roles and policies: Owner at subscription scope', () => {
    const owner = `/subscriptions/${SUB}/providers/microsoft.authorization/roledefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`;
    const assignment = get(
      result,
      `/subscriptions/${SUB}/providers/microsoft.authorization/roleassignments/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e`,
    );
    expect(assignment.kind).toBe('identity.role');
    expect(assignment.service).toBe('entra-id');
    expect(assignment.properties).toMatchObject({
      roleName: 'Owner',
      scope: `/subscriptions/${SUB}`,
      scopeLevel: 'subscription',
      members: ['user:11111111-2222-4333-8444-555555555555'],
      principalName: 'alice@contoso.example',
      attachedPolicies: [owner],
      fullControl: true,
    });
    expect(assignment.relations).toContainEqual({ type: 'uses-role', target: owner });
    const def = get(result, owner);
    expect(def.kind).toBe('identity.policy');
    expect(def.name).toBe('Owner');
    expect(def.properties).toMatchObject({
      managedBy: 'provider',
      statements: [{ effect: 'allow', actions: ['*'], resources: ['/'] }],
      attachedTo: [assignment.id],
    });
    const custom = get(
      result,
      `/subscriptions/${SUB}/providers/microsoft.authorization/roledefinitions/3f9b2c1d-7e6a-4b5c-9d8e-0f1a2b3c4d5e`,
    );
    expect(custom.properties.managedBy).toBe('customer');
    expect(custom.properties.statements).toEqual([
      {
        effect: 'allow',
        actions: [
          'Microsoft.Compute/virtualMachines/read',
          'Microsoft.Compute/virtualMachines/start/action',
          'Microsoft.Compute/virtualMachines/powerOff/action',
          'Microsoft.Compute/disks/read',
        ],
        resources: [`/subscriptions/${SUB}`],
      },
      {
        effect: 'allow',
        actions: ['Microsoft.Compute/virtualMachines/login/action'],
        resources: [`/subscriptions/${SUB}`],
        conditions: { plane: 'data' },
      },
    ]);
    const rg = result.resources.find((r) => r.properties?.scopeLevel === 'resource-group');
    expect(rg?.properties).toMatchObject({
      roleName: 'Reader',
      members: ['group:7e8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b'],
    });
    const sp = result.resources.find((r) => r.properties?.scopeLevel === 'resource');
    expect(sp?.properties?.members).toEqual(['service-principal:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e']);
  });

  it('counts records it read but had nothing to attach to', () => {
    expect(result.unknownTypes).toEqual({
      'microsoft.network/publicipaddresses (not attached to a network interface in the input)': 1,
      'microsoft.insights/diagnosticsettings (resource not in the input)': 1,
    });
  });

  it('collects the same VM, less joined, from its file alone', async () => {
    const alone = await azureGraphCollector.collect(join(CLI, 'nic-list.json'), CTX);
    const nic = get(alone, C('Microsoft.Network/networkInterfaces/vm-jump-01-nic'));
    expect(nic.properties.publicIps).toBeUndefined();
    expect(reason(nic, 'publicIps')).toMatch(/vm-jump-01-pip is not in the input/);
    expect(reason(nic, 'securityGroups')).toMatch(/snet-mgmt is not in the input/);
  });
});

describe('the older bare-array form of az graph query', () => {
  it('gives the same resources as the { data } form', async () => {
    const dir = tmp({ 'bare.json': JSON.stringify(graphRows(), null, 2) });
    const bare = await azureGraphCollector.collect(join(dir, 'bare.json'), CTX);
    const wrapped = await azureGraphCollector.collect(GRAPH, CTX);
    expect(bare.issues).toEqual([]);
    const view = (r: CollectResult) => r.resources.map(({ source: _s, ...rest }) => rest);
    expect(view(bare)).toEqual(view(wrapped));
    expect(bare.unknownTypes).toEqual(wrapped.unknownTypes);
  });

  it('also reads ARM REST list responses ({ value: [...] }) and a single `az … show` object', async () => {
    const rows = graphRows();
    const dir = tmp({
      'list.json': JSON.stringify({ value: rows.filter((r) => r.name === 'kv-prod-secrets') }, null, 2),
      'show.json': JSON.stringify(
        rows.find((r) => r.name === 'stprodbackup01'),
        null,
        2,
      ),
    });
    const result = await azureGraphCollector.collect(dir, CTX);
    expect(result.issues).toEqual([]);
    expect(result.resources.map((r) => r.id).sort()).toEqual([KV, ST_BACKUP].sort());
    expect(get(result, ST_BACKUP).source.location).toBe(`${join(dir, 'show.json')}:1`);
  });
});

describe('the Resource Graph table result format', () => {
  it('turns columns and rows into records', async () => {
    const kv = graphRows().find((r) => r.name === 'kv-prod-secrets') as Row;
    const columns = Object.keys(kv).map((name) => ({ name, type: 'string' }));
    const dir = tmp({
      'table.json': JSON.stringify({ count: 1, data: { columns, rows: [Object.values(kv)] } }),
    });
    const result = await azureGraphCollector.collect(join(dir, 'table.json'), CTX);
    expect(result.issues).toEqual([]);
    expect(get(result, KV).properties.purgeProtection).toBe(false);
    expect(get(result, KV).source.location).toBe(join(dir, 'table.json'));
  });
});

describe('one field changed', () => {
  const rule = async (edit: (r: Row) => void) => {
    const result = await variant((rows) => edit(nsgRule(rows, 'nsg-web', 'AllowRDPFromInternet')));
    return (get(result, NSG_WEB).properties.rules as Record<string, unknown>[]).find((r) =>
      String(r.description).startsWith('AllowRDPFromInternet'),
    );
  };

  it('NSG source prefix: *, a CIDR, a single address, a service tag', async () => {
    expect((await rule((r) => Object.assign(r, { sourceAddressPrefix: '*' })))?.peers).toEqual([
      '0.0.0.0/0',
      '::/0',
    ]);
    expect((await rule((r) => Object.assign(r, { sourceAddressPrefix: '203.0.113.0/24' })))?.peers).toEqual([
      '203.0.113.0/24',
    ]);
    expect((await rule((r) => Object.assign(r, { sourceAddressPrefix: '198.51.100.7' })))?.peers).toEqual([
      '198.51.100.7/32',
    ]);
    expect(
      (await rule((r) => Object.assign(r, { sourceAddressPrefix: 'AzureLoadBalancer' })))?.peers,
    ).toEqual(['service-tag:AzureLoadBalancer']);
  });

  it('NSG port range, protocol, access and direction', async () => {
    expect((await rule((r) => Object.assign(r, { destinationPortRange: '*' })))?.ports).toEqual({
      from: 0,
      to: 65535,
    });
    expect((await rule((r) => Object.assign(r, { destinationPortRange: '1000-2000' })))?.ports).toEqual({
      from: 1000,
      to: 2000,
    });
    expect((await rule((r) => Object.assign(r, { protocol: 'Udp' })))?.protocol).toBe('udp');
    expect((await rule((r) => Object.assign(r, { protocol: '*' })))?.protocol).toBe('all');
    expect((await rule((r) => Object.assign(r, { access: 'Deny' })))?.action).toBe('deny');
    // Outbound rules match on the destination.
    const out = await rule((r) =>
      Object.assign(r, { direction: 'Outbound', destinationAddressPrefix: 'Sql.WestEurope' }),
    );
    expect(out).toMatchObject({ direction: 'egress', peers: ['service-tag:Sql.WestEurope'] });
  });

  it('an unreadable port range makes the rules unknown (not partial), keeping what was readable aside', async () => {
    const result = await variant((rows) => {
      Object.assign(nsgRule(rows, 'nsg-web', 'AllowRDPFromInternet'), { destinationPortRange: 'rdp' });
    });
    const nsg = get(result, NSG_WEB);
    expect(reason(nsg, 'rules')).toMatch(/AllowRDPFromInternet has an unreadable port range 'rdp'/);
    expect(nsg.properties.rules).toBeUndefined();
    expect((nsg.properties.readableRules as unknown[]).length).toBe(10);
  });

  it('storage: anonymous access off, HTTPS only, a Key Vault key, the setting missing', async () => {
    const st = async (edit: (p: Row) => void) =>
      get(await variant((rows) => edit(row(rows, 'stprodweblogs01').properties)), ST_LOGS);
    expect((await st((p) => Object.assign(p, { allowBlobPublicAccess: false }))).properties).toMatchObject({
      publicAccessBlocked: true,
      publicRead: false,
    });
    expect((await st((p) => Object.assign(p, { supportsHttpsTrafficOnly: true }))).properties.tlsOnly).toBe(
      true,
    );
    const cmk = await st((p) => {
      p.encryption = {
        keySource: 'Microsoft.Keyvault',
        keyvaultproperties: { keyvaulturi: 'https://kv-prod-secrets.vault.azure.net/', keyname: 'cmk-logs' },
      };
    });
    expect(cmk.properties.encryption).toEqual({
      enabled: true,
      keyType: 'customer-managed',
      keyId: 'https://kv-prod-secrets.vault.azure.net/keys/cmk-logs',
    });
    expect(cmk.relations).toContainEqual({ type: 'uses-key', target: KV });
    const missing = await st((p) => {
      delete p.allowBlobPublicAccess;
    });
    expect(missing.properties.publicAccessBlocked).toBeUndefined();
    expect(reason(missing, 'publicAccessBlocked')).toMatch(/allowBlobPublicAccess/);
  });

  it('disk: customer key, no encryption block, and encryption at host on the VM', async () => {
    const cmk = await variant((rows) => {
      row(rows, 'vm-web-01_OsDisk_1').properties.encryption = {
        type: 'EncryptionAtRestWithPlatformAndCustomerKeys',
        diskEncryptionSetId:
          '/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/diskEncryptionSets/DES-2',
      };
    });
    expect(get(cmk, DISK).properties.encryption).toEqual({
      enabled: true,
      keyType: 'customer-managed',
      keyId: '/subscriptions/x/resourcegroups/y/providers/microsoft.compute/diskencryptionsets/des-2',
    });
    const none = await variant((rows) => {
      delete row(rows, 'vm-web-01_OsDisk_1').properties.encryption;
    });
    expect(get(none, DISK).properties.encryption, 'documented default: platform-managed key').toEqual({
      enabled: true,
      keyType: 'provider',
    });
    const atHost = await variant((rows) => {
      row(rows, 'vm-web-01').properties.securityProfile = { encryptionAtHost: true };
    });
    expect(get(atHost, VM).properties.encryptionAtHost).toBe(true);
    expect(get(atHost, DISK).properties.encryptionAtHost).toBe(true);
  });

  it('key vault with purge protection', async () => {
    const result = await variant((rows) => {
      row(rows, 'kv-prod-secrets').properties.enablePurgeProtection = true;
    });
    expect(get(result, KV).properties).toMatchObject({ purgeProtection: true, deletionProtection: true });
  });

  it('a subnet NSG also filters the VM; a missing public IP makes addresses unknown', async () => {
    const both = await variant((rows) => {
      const vnet = row(rows, 'vnet-prod').properties.subnets as { name: string; properties: Row }[];
      const web = vnet.find((s) => s.name === 'snet-web');
      if (web) web.properties.networkSecurityGroup = { id: NSG_DATA };
    });
    expect(get(both, VM).properties.securityGroups).toEqual([NSG_WEB, NSG_DATA]);
    expect(get(both, NSG_DATA).properties.attachedTo).toEqual([SNET_DATA, SNET_WEB]);

    const noPip = await variant((rows) => {
      rows.splice(
        rows.findIndex((r) => r.name === 'vm-web-01-pip'),
        1,
      );
    });
    expect(get(noPip, VM).properties.publicIps).toBeUndefined();
    expect(reason(get(noPip, VM), 'publicIps')).toMatch(/not known for every network interface/);
    expect(reason(get(noPip, NIC), 'publicIps')).toMatch(/vm-web-01-pip is not in the input/);
  });

  it('AKS private cluster, web app HTTPS-only', async () => {
    const result = await variant((rows) => {
      row(rows, 'aks-prod').properties.apiServerAccessProfile = { enablePrivateCluster: true };
      row(rows, 'app-prod-shop').properties.httpsOnly = true;
    });
    expect(get(result, AKS).properties).toMatchObject({ endpointPublic: false, endpointAllowedCidrs: [] });
    expect(get(result, APP).properties.httpsOnly).toBe(true);
  });

  it('address helpers: ranges to CIDRs, ports, peers', () => {
    expect(rangeToCidrs('0.0.0.0', '255.255.255.255')).toEqual(['0.0.0.0/0']);
    expect(rangeToCidrs('10.0.0.0', '10.0.0.255')).toEqual(['10.0.0.0/24']);
    expect(rangeToCidrs('10.0.0.1', '10.0.0.6')).toEqual([
      '10.0.0.1/32',
      '10.0.0.2/31',
      '10.0.0.4/31',
      '10.0.0.6/32',
    ]);
    expect(rangeToCidrs('10.0.0.9', '10.0.0.1')).toBeUndefined();
    expect(portRangeOf('22')).toEqual({ from: 22, to: 22 });
    expect(portRangeOf('70000')).toBeUndefined();
    expect(peersOf('Internet')).toEqual(['0.0.0.0/0', '::/0']);
    expect(peersOf('2001:db8::/32')).toEqual(['2001:db8::/32']);
  });
});

describe('bad input', () => {
  it('reports a malformed file with its line and column and still collects the other files', async () => {
    const dir = tmp({
      'a-broken.json':
        '{\n  "count": 1,\n  "data": [\n    {\n      "id": "/subscriptions/s/x"\n      "type": "x"\n    }\n  ]\n}\n',
      'b-good.json': JSON.stringify(
        graphRows().filter((r) => r.name === 'kv-prod-secrets'),
        null,
        2,
      ),
    });
    const result = await azureGraphCollector.collect(dir, CTX);
    expect(result.issues).toEqual([
      {
        file: join(dir, 'a-broken.json'),
        line: 6,
        column: 7,
        message: "invalid JSON: expected ',' or '}' after a property value but found '\"'",
      },
    ]);
    expect(result.resources.map((r) => r.id)).toEqual([KV]);
    expect(result.files).toEqual([join(dir, 'a-broken.json'), join(dir, 'b-good.json')]);
  });

  it('reports a truncated export at its last line', async () => {
    const text = readFileSync(GRAPH, 'utf8');
    const cut = text.slice(0, text.indexOf('"name": "kv-prod-secrets"'));
    const dir = tmp({ 'cut.json': cut });
    const result = await azureGraphCollector.collect(join(dir, 'cut.json'), CTX);
    expect(result.resources).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.line).toBe(cut.split('\n').length);
    expect(result.issues[0]?.message).toMatch(/end of the file/);
  });

  it('reports malformed records with their line and reads the rest of the file', async () => {
    const kv = graphRows().find((r) => r.name === 'kv-prod-secrets');
    const text = [
      '[',
      '  "not a resource",',
      '  { "name": "no-id", "type": "Microsoft.Storage/storageAccounts" },',
      '  { "id": "/subscriptions/s/resourceGroups/g", "name": "a-resource-group" },',
      '  { "id": "not/an/arm/id" },',
      `  ${JSON.stringify(kv)}`,
      ']',
    ].join('\n');
    const dir = tmp({ 'records.json': text });
    const file = join(dir, 'records.json');
    const result = await azureGraphCollector.collect(file, CTX);
    expect(result.issues).toEqual([
      { file, line: 2, path: '[0]', message: 'expected an object (an Azure resource)' },
      { file, line: 3, path: '[1]', message: 'the record has no resource id ("id")' },
      { file, line: 5, path: '[3]', message: 'the record not/an/arm/id has no type and its id names none' },
    ]);
    expect(result.resources.map((r) => r.id)).toEqual([KV]);
    expect(get(result, KV).source.location).toBe(`${file}:6`);
    // A type taken from the id: a resource group, counted as not normalized.
    expect(result.unknownTypes).toEqual({ 'microsoft.resources/subscriptions/resourcegroups': 1 });
  });

  it('reports an empty file, an unexpected shape, a non-JSON file in a folder and a missing path, never throwing', async () => {
    const dir = tmp({
      'empty.json': '  \n',
      'shape.json': '{"records": 3}',
      'notes.csv': 'a,b\n',
      'README.md': '# docs',
    });
    const result = await azureGraphCollector.collect(dir, CTX);
    expect(result.issues).toEqual([
      { file: join(dir, 'empty.json'), line: 1, message: 'the file is empty' },
      { file: join(dir, 'notes.csv'), message: 'not a JSON file; skipped' },
      {
        file: join(dir, 'shape.json'),
        line: 1,
        message:
          'expected an array of Azure resources, a Resource Graph result ({ "data": [...] }) or an ARM list ({ "value": [...] })',
      },
    ]);
    const missing = await azureGraphCollector.collect(join(dir, 'nope.json'), CTX);
    expect(missing.issues[0]?.message).toMatch(/could not be read/);
  });

  it('an unreadable SQL firewall range makes the server firewall unknown, not partial', async () => {
    const server = JSON.parse(readFileSync(join(CLI, 'sql-server-list.json'), 'utf8')) as Row[];
    const rules = JSON.parse(readFileSync(join(CLI, 'sql-server-firewall-rule-list.json'), 'utf8')) as Row[];
    const bad = { ...rules[2], id: `${String(rules[2]?.id)}-typo`, startIpAddress: '203.0.113.300' };
    const dir = tmp({
      'servers.json': JSON.stringify(server),
      'rules.json': JSON.stringify([...rules, bad]),
    });
    const result = await azureGraphCollector.collect(dir, CTX);
    const sql = get(result, rid('rg-corp/providers/Microsoft.Sql/servers/sql-corp-hr'));
    expect(sql.properties.firewallCidrs).toBeUndefined();
    expect(reason(sql, 'firewallCidrs')).toMatch(/corp-office-typo has an unreadable IP range/);
    expect(sql.properties.allowAzureServices).toBe(true);
  });

  it('keeps the first of two records with the same id (case-insensitively)', async () => {
    const kv = graphRows().find((r) => r.name === 'kv-prod-secrets') as Row;
    const upper = {
      ...kv,
      id: String(kv.id).toUpperCase(),
      properties: { ...(kv.properties as Row), enablePurgeProtection: true },
    };
    const dir = tmp({ 'a.json': JSON.stringify([kv]), 'b.json': JSON.stringify([upper]) });
    const result = await azureGraphCollector.collect(dir, CTX);
    expect(result.resources).toHaveLength(1);
    expect(get(result, KV).properties.purgeProtection).toBe(false);
  });
});
