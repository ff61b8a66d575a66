import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResourceInput } from '../../../core/index.js';
import type { CollectResult } from '../../types.js';
import { UNKNOWN_MARK, Unknown } from '../value.js';
import { armCollector } from './collector.js';
import { ArmEvaluator } from './expressions.js';

const FIX = 'test/fixtures/inventory/iac/arm';
const ctx = { collectedAt: '2025-01-15T10:00:00.000Z' };
const reason = (r: ResourceInput, path: string) => (r.unknown ?? []).find((u) => u.path === path)?.reason;

describe('ARM template expressions', () => {
  const template = {
    parameters: {
      prefix: { type: 'string', defaultValue: 'acme' },
      count: { type: 'int', defaultValue: 3 },
      location: { type: 'string', defaultValue: '[resourceGroup().location]' },
      secret: { type: 'securestring' },
    },
    variables: {
      name: "[concat(parameters('prefix'), '-', 'app')]",
      upper: "[toUpper(variables('name'))]",
      obj: { a: "[parameters('count')]", b: ['x', "[variables('name')]"] },
    },
  };
  const ev = new ArmEvaluator(template, [
    { type: 'Microsoft.Network/networkSecurityGroups', name: 'acme-nsg', id: 'iac:arm:t.json#nsg' },
  ]);
  const run = (expr: string, copy = new Map<string, number>()) => ev.resolve(expr, new Set(), copy);

  it('evaluates parameters, variables and string functions', () => {
    expect(run("[variables('name')]")).toBe('acme-app');
    expect(run("[variables('upper')]")).toBe('ACME-APP');
    expect(run("[variables('obj')]")).toEqual({ a: 3, b: ['x', 'acme-app'] });
    expect(run("[format('{0}-{1}', parameters('prefix'), 7)]")).toBe('acme-7');
    expect(run("[if(equals(parameters('prefix'), 'ACME'), 'same', 'different')]")).toBe('same');
    expect(run("[add(parameters('count'), 2)]")).toBe(5);
    expect(run("[length(createArray('a', 'b'))]")).toBe(2);
    expect(run("[concat('it''s', ' ', 'quoted')]")).toBe("it's quoted");
    expect(run('[[not an expression]')).toBe('[not an expression]');
    expect(run("[concat('vm', copyIndex(1))]", new Map([['loop', 4]]))).toBe('vm5');
  });

  it('keeps deployment-time values unknown, with the known text around them', () => {
    const loc = run("[parameters('location')]");
    expect(loc).toBeInstanceOf(Unknown);
    expect((loc as Unknown).reason).toBe('location of the resource group deployed to');
    const name = run("[concat(parameters('prefix'), uniqueString(resourceGroup().id))]") as Unknown;
    expect(name).toBeInstanceOf(Unknown);
    expect(name.partial).toBe(`acme${UNKNOWN_MARK}`);
    expect((run("[parameters('secret')]") as Unknown).reason).toBe(
      'parameter secret has no default value: it is given at deployment',
    );
  });

  it('resourceId() of a resource of the template refers to it', () => {
    const refs = new Set<string>();
    const v = ev.resolve(
      "[resourceId('Microsoft.Network/networkSecurityGroups', concat(parameters('prefix'), '-nsg'))]",
      refs,
      new Map(),
    );
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).refs).toEqual(['iac:arm:t.json#nsg']);
    expect([...refs]).toEqual(['iac:arm:t.json#nsg']);
  });
});

describe('arm collector', () => {
  const file = join(FIX, 'template.json');
  let result: CollectResult;
  beforeAll(async () => {
    result = await armCollector.collect(file, ctx);
  });
  const get = (address: string) => {
    const r = result.resources.find((x) => x.id === `iac:arm:template.json#${address}`);
    if (!r) throw new Error(`no ${address}: ${result.resources.map((x) => x.id).join(', ')}`);
    return r;
  };

  it('normalizes the mapped types, expands copy loops, skips false conditions, counts the rest', () => {
    expect(result.resources.map((r) => r.id.split('#')[1])).toEqual([
      'Microsoft.Network/networkSecurityGroups/acme-nsg',
      'Microsoft.Storage/storageAccounts/acmedata01',
      'Microsoft.Storage/storageAccounts/acmelogs0',
      'Microsoft.Storage/storageAccounts/acmelogs1',
      'Microsoft.Compute/virtualMachines/acme-vm',
      'Microsoft.KeyVault/vaults/acme-kv',
      'Microsoft.Sql/servers/acme-sql',
    ]);
    expect(result.unknownTypes).toEqual({
      'Microsoft.Network/networkInterfaces': 1,
      'Microsoft.Web/serverfarms': 1,
    });
    expect(result.issues).toEqual([]);
  });

  it('an NSG: a rule from a variable, an inline rule with two port ranges, a child rule, the default rules', () => {
    const nsg = get('Microsoft.Network/networkSecurityGroups/acme-nsg');
    expect([nsg.provider, nsg.service, nsg.kind, nsg.region, nsg.name]).toEqual([
      'azure',
      'virtual-network',
      'network.security-group',
      'westeurope',
      'acme-nsg',
    ]);
    expect(nsg.tags).toEqual({ owner: 'acme', note: '[not an expression]' });
    const rules = nsg.properties?.rules as { description: string }[];
    expect(rules.slice(0, 4)).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['0.0.0.0/0', '::/0'],
        priority: 100,
        description: 'ssh-anywhere',
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 3389, to: 3389 },
        peers: ['service-tag:Internet'],
        priority: 110,
        description: 'rdp-internet',
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 5985, to: 5986 },
        peers: ['service-tag:Internet'],
        priority: 110,
        description: 'rdp-internet',
      },
      {
        direction: 'ingress',
        action: 'deny',
        protocol: 'tcp',
        ports: { from: 23, to: 23 },
        peers: ['0.0.0.0/0', '::/0'],
        priority: 90,
        description: 'deny-telnet',
      },
    ]);
    expect(rules.slice(4).map((r) => r.description)).toContain('DenyAllInBound (default rule)');
    const lines = readFileSync(file, 'utf8').split('\n');
    const typeLine = lines.findIndex((l) => l.includes('"type": "Microsoft.Network/networkSecurityGroups",'));
    expect(nsg.source?.location).toBe(`${file}:${typeLine}`);
  });

  it('a storage account open to anonymous reads: a public container, TLS 1.0, HTTP allowed', () => {
    const sa = get('Microsoft.Storage/storageAccounts/acmedata01');
    expect(sa.properties).toMatchObject({
      publicAccessBlocked: false,
      publicRead: true,
      publicWrite: false,
      tlsOnly: false,
      minTlsVersion: 'TLS1_0',
      versioning: false,
      replication: false,
      encryption: { enabled: true, keyType: 'provider' },
    });
    // location = [parameters('location')], whose default is [resourceGroup().location].
    expect(sa.region).toBeUndefined();
    expect(reason(sa, 'region')).toBe('location of the resource group deployed to');
  });

  it('copy loop instances named with copyIndex(), customer-managed keys', () => {
    for (const n of [0, 1]) {
      const sa = get(`Microsoft.Storage/storageAccounts/acmelogs${n}`);
      expect(sa.name).toBe(`acmelogs${n}`);
      expect(sa.region).toBe('northeurope');
      expect(sa.properties).toMatchObject({
        publicAccessBlocked: true,
        publicRead: false,
        replication: true,
        encryption: { enabled: true, keyType: 'customer-managed' },
      });
    }
  });

  it('a VM with password authentication and its interface; a vault without purge protection', () => {
    const vm = get('Microsoft.Compute/virtualMachines/acme-vm');
    expect(vm.properties).toMatchObject({
      os: 'linux',
      passwordAuthentication: true,
      disksEncrypted: true,
      interfaces: ['iac:arm:template.json#Microsoft.Network/networkInterfaces/acme-nic'],
    });
    expect(vm.relations).toEqual([
      { type: 'has-interface', target: 'iac:arm:template.json#Microsoft.Network/networkInterfaces/acme-nic' },
    ]);
    expect(get('Microsoft.KeyVault/vaults/acme-kv').properties).toMatchObject({
      deletionProtection: false,
      softDeleteRetentionDays: 90,
    });
  });

  it('a SQL server with nested firewall rules: one open to everyone, one for an office range', () => {
    const sql = get('Microsoft.Sql/servers/acme-sql');
    expect(sql.region).toBe('westeurope');
    expect(sql.properties).toMatchObject({
      engine: 'sqlserver',
      publiclyAccessible: true,
      minTlsVersion: '1.0',
      firewallCidrs: ['0.0.0.0/0', '203.0.113.0/28'],
    });
    expect(sql.account).toBe('unknown');
  });

  it('keeps the ARM document, with its children nested, as raw', () => {
    const sql = get('Microsoft.Sql/servers/acme-sql');
    expect(sql.raw).toMatchObject({
      type: 'Microsoft.Sql/servers',
      apiVersion: '2023-05-01-preview',
      name: 'acme-sql',
      location: 'West Europe',
      properties: {
        administratorLogin: 'sqladmin',
        administratorLoginPassword: {
          $unknown: 'parameter adminPassword has no default value: it is given at deployment',
        },
        version: '12.0',
      },
      resources: [
        {
          type: 'Microsoft.Sql/servers/firewallRules',
          name: 'acme-sql/AllowAll',
          properties: { startIpAddress: '0.0.0.0' },
        },
        { type: 'Microsoft.Sql/servers/firewallRules', name: 'acme-sql/Office' },
      ],
    });
    const account = get('Microsoft.Storage/storageAccounts/acmedata01').raw as {
      resources: { type: string; resources: unknown[] }[];
    };
    expect(account.resources.map((r) => r.type)).toEqual(['Microsoft.Storage/storageAccounts/blobServices']);
    expect(account.resources[0]?.resources).toMatchObject([
      { name: 'acmedata01/default/public', properties: { publicAccess: 'Container' } },
    ]);
    expect((get('Microsoft.KeyVault/vaults/acme-kv').raw as { resources: unknown[] }).resources).toEqual([]);
  });

  it('reports malformed JSON with its line and collects nothing from it', async () => {
    const broken = join(FIX, 'broken.json');
    const r = await armCollector.collect(broken, ctx);
    expect(r.resources).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ file: broken, line: 5 })]);
  });

  it('reports a resource without a type with its line and reads the others', async () => {
    const bad = join(FIX, 'bad-record.json');
    const r = await armCollector.collect(bad, ctx);
    expect(r.issues).toEqual([
      { file: bad, line: 5, path: 'resources[0]', message: 'a resource must be an object with a type' },
    ]);
    expect(r.resources.map((x) => [x.id, x.properties?.deletionProtection])).toEqual([
      ['iac:arm:bad-record.json#Microsoft.KeyVault/vaults/kv-ok', true],
    ]);
  });

  it('detects deployment templates by their $schema', () => {
    const head = readFileSync(file, 'utf8').slice(0, 1024);
    expect(armCollector.detect(file, head)).toBe(true);
    expect(armCollector.detect('x.json', '{"AWSTemplateFormatVersion": "2010-09-09"}')).toBe(false);
  });
});
