import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResourceInput } from '../../../core/index.js';
import type { CollectResult } from '../../types.js';
import { terraformCollector } from './collector.js';

const FIX = 'test/fixtures/inventory/iac/terraform';
const ctx = { collectedAt: '2025-01-15T10:00:00.000Z' };

function find(result: CollectResult, file: string, address: string): ResourceInput {
  const id = `iac:terraform:${file}#${address}`;
  const r = result.resources.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}; have ${result.resources.map((x) => x.id).join(', ')}`);
  return r;
}

/** The 1-based line of the first line of `file` containing `text` (how an editor would find the block). */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

const unknownPaths = (r: ResourceInput) => (r.unknown ?? []).map((u) => u.path);
const reason = (r: ResourceInput, path: string) => (r.unknown ?? []).find((u) => u.path === path)?.reason;

describe('terraform collector: an AWS root module with a local and a remote module', () => {
  const dir = join(FIX, 'aws');
  let result: CollectResult;
  beforeAll(async () => {
    result = await terraformCollector.collect(dir, ctx);
  });
  const get = (address: string, file = 'main.tf') => find(result, file, address);

  it('reads every .tf and .tf.json file, the local module and terraform.tfvars', () => {
    expect(result.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual([
      'lambda.tf.json',
      'main.tf',
      'modules/network/main.tf',
      'providers.tf',
      'terraform.tfvars',
      'variables.tf',
    ]);
  });

  it('resolves variables (terraform.tfvars over defaults), locals, interpolation and merge()', () => {
    const bucket = get('aws_s3_bucket.public');
    // env = "prod" in terraform.tfvars overrides the default "dev"; local.prefix = "acme-${var.env}".
    expect(bucket.name).toBe('acme-prod-public-assets');
    expect(bucket.tags).toEqual({ Environment: 'prod', Owner: 'platform', Name: 'public-assets' });
    expect(bucket.region).toBe('eu-west-1');
    expect(bucket.account).toBe('111122223333');
    expect(bucket.provider).toBe('aws');
    expect(bucket.service).toBe('s3');
    expect(bucket.kind).toBe('storage.bucket');
    expect(bucket.source).toEqual({
      type: 'iac',
      collector: 'terraform',
      location: `${join(dir, 'main.tf')}:${lineOf(join(dir, 'main.tf'), 'resource "aws_s3_bucket" "public"')}`,
      collectedAt: ctx.collectedAt,
    });
  });

  it('expands count (web_count = "2" in tfvars, converted to the declared number) into [0] and [1]', () => {
    const web = result.resources.filter((r) => r.id.startsWith('iac:terraform:main.tf#aws_instance.web'));
    expect(web.map((r) => r.id)).toEqual([
      'iac:terraform:main.tf#aws_instance.web[0]',
      'iac:terraform:main.tf#aws_instance.web[1]',
    ]);
    expect(web.map((r) => r.name)).toEqual(['web-0', 'web-1']);
    // subnet_id = module.network.public_subnet_ids[count.index]: each instance its own subnet.
    expect(web[1]?.properties?.subnet).toBe(
      'iac:terraform:modules/network/main.tf#module.network.aws_subnet.public[1]',
    );
    expect(web[1]?.relations).toContainEqual({
      type: 'in-subnet',
      target: 'iac:terraform:modules/network/main.tf#module.network.aws_subnet.public[1]',
    });
  });

  it('expands for_each over a set of strings into instances keyed by each.key, in sorted order', () => {
    const team = result.resources.filter((r) => r.id.includes('aws_s3_bucket.team'));
    expect(team.map((r) => [r.id, r.name, r.tags])).toEqual([
      ['iac:terraform:main.tf#aws_s3_bucket.team["payments"]', 'acme-prod-payments', { Team: 'payments' }],
      ['iac:terraform:main.tf#aws_s3_bucket.team["search"]', 'acme-prod-search', { Team: 'search' }],
    ]);
  });

  it('reads a local module: module addresses, its files in ids, its inputs and its outputs', () => {
    const vpc = get('module.network.aws_vpc.this', 'modules/network/main.tf');
    expect(vpc.properties).toMatchObject({ cidrs: ['10.20.0.0/16'], isDefault: false, flowLogs: true });
    expect(vpc.name).toBe('acme-prod');
    const subnets = [0, 1].map((i) =>
      get(`module.network.aws_subnet.public[${i}]`, 'modules/network/main.tf'),
    );
    // cidrsubnet("10.20.0.0/16", 8, count.index); subnet_count defaults to 2 in the module.
    expect(subnets.map((s) => s.properties?.cidrs)).toEqual([['10.20.0.0/24'], ['10.20.1.0/24']]);
    expect(subnets[0]?.properties).toMatchObject({ vpc: vpc.id, mapPublicIpOnLaunch: true });
    // The security group's vpc_id = module.network.vpc_id: the module output names the VPC.
    expect(get('aws_security_group.bastion').properties?.vpc).toBe(vpc.id);
    expect(get('aws_security_group.bastion').relations).toContainEqual({ type: 'in-vpc', target: vpc.id });
  });

  it('a public bucket: Block Public Access off and a bucket policy granting everyone s3:GetObject', () => {
    const b = get('aws_s3_bucket.public');
    expect(b.properties).toMatchObject({
      publicAccessBlocked: false,
      publicRead: true,
      publicWrite: false,
      accessLogging: true,
      policy: [
        {
          effect: 'allow',
          actions: ['s3:GetObject'],
          resources: ['(iac:terraform:main.tf#aws_s3_bucket.public)/*'],
          principals: ['*'],
        },
      ],
    });
    // Resource = "${aws_s3_bucket.public.arn}/*": the ARN is known only after apply.
    expect(reason(b, 'policy[0].resources')).toContain('known only after apply');
    expect(b.relations).toContainEqual({
      type: 'logs-to',
      target: 'iac:terraform:main.tf#aws_s3_bucket.logs',
    });
  });

  it('merges the split aws_s3_bucket_* resources into the bucket they reference', () => {
    const b = get('aws_s3_bucket.logs');
    expect(b.properties).toMatchObject({
      publicAccessBlocked: true,
      publicRead: false,
      publicWrite: false,
      versioning: true,
      encryption: {
        enabled: true,
        keyType: 'customer-managed',
        keyId: 'iac:terraform:main.tf#aws_kms_key.logs',
      },
    });
    expect(b.relations).toContainEqual({
      type: 'uses-key',
      target: 'iac:terraform:main.tf#aws_kms_key.logs',
    });
    expect(result.resources.some((r) => r.id.includes('aws_s3_bucket_versioning'))).toBe(false);
  });

  it('applies the S3 defaults only where they are certain and leaves Block Public Access unknown', () => {
    const b = get('aws_s3_bucket.team["search"]');
    expect(b.properties?.encryption).toEqual({ enabled: true, keyType: 'provider' });
    expect(b.properties?.versioning).toBe(false);
    expect(b.properties).not.toHaveProperty('publicAccessBlocked');
    expect(unknownPaths(b)).toContain('publicAccessBlocked');
  });

  it('security group rules from ingress blocks, a dynamic block and a separate aws_security_group_rule', () => {
    const sg = get('aws_security_group.bastion');
    expect(sg.properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['0.0.0.0/0'],
        description: 'SSH from anywhere',
      },
      // dynamic "ingress" over local.open_ports = { ssh = 22, rdp = 3389 }: map keys in sorted order.
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 3389, to: 3389 },
        peers: ['10.0.0.0/8'],
        description: 'internal rdp',
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['10.0.0.0/8'],
        description: 'internal ssh',
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
      },
      // aws_security_group_rule: ICMP type 8 (echo request), code 0.
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'icmp',
        ports: { from: 8, to: 0 },
        peers: ['192.0.2.0/24'],
      },
    ]);
    // The rule whose only CIDR is var.admin_cidr (no default, no tfvars) is left out and said to be unknown.
    expect(reason(sg, 'rules')).toContain('admin_cidr');
  });

  it('an unencrypted volume, attached to the instance its attachment names', () => {
    const v = get('aws_ebs_volume.data');
    expect(v.properties).toEqual({
      encryption: { enabled: false, keyType: 'none' },
      sizeGb: 100,
      attachedTo: ['iac:terraform:main.tf#aws_instance.web[0]'],
    });
  });

  it('a variable without a value leaves the property absent and listed in unknown, with the reason', () => {
    const v = get('aws_ebs_volume.scratch');
    expect(v.properties).not.toHaveProperty('encryption');
    expect(reason(v, 'encryption')).toBe(
      'variable "encrypt_scratch" has no default and terraform.tfvars gives it no value',
    );
  });

  it('a function not evaluated offline (regex) is unknown, never guessed', () => {
    const v = get('aws_ebs_volume.archive');
    expect(v.properties).not.toHaveProperty('encryption');
    expect(reason(v, 'encryption')).toContain('regex()');
  });

  it('a data source is unknown: the AMI of the instances is not guessed', () => {
    const web = get('aws_instance.web[0]');
    expect(web.properties).not.toHaveProperty('image');
    expect(reason(web, 'image')).toContain('data.aws_ami.ubuntu is a data source');
    expect(web.properties).toMatchObject({ metadataTokensRequired: false, disksEncrypted: true });
  });

  it('an unencrypted, publicly accessible database from an object variable default', () => {
    const db = get('aws_db_instance.main');
    expect(db.properties).toMatchObject({
      engine: 'postgres',
      engineVersion: '15.4',
      publiclyAccessible: true,
      encryption: { enabled: false, keyType: 'none' },
      multiAz: false,
    });
    expect(unknownPaths(db)).toContain('backupRetentionDays');
  });

  it('a wildcard IAM policy (jsonencode) attached to a role; trust from aws_iam_policy_document', () => {
    const policy = get('aws_iam_policy.admin');
    const role = get('aws_iam_role.app');
    expect(policy.properties).toEqual({
      statements: [{ effect: 'allow', actions: ['*'], resources: ['*'] }],
      managedBy: 'customer',
      attachedTo: [role.id],
    });
    expect(role.properties?.attachedPolicies).toEqual([policy.id]);
    expect(role.properties?.trust).toEqual([
      { effect: 'allow', actions: ['sts:AssumeRole'], principals: ['service:ec2.amazonaws.com'] },
    ]);
    // The inline policy (a heredoc) is merged into the role. Its resource, the bucket's ARN, is known only after
    // apply: it names that bucket (never a wildcard), kept with the bucket's id and listed as unknown.
    expect(role.properties?.inlinePolicies).toEqual([
      [
        {
          effect: 'allow',
          actions: ['s3:GetObject', 's3:ListBucket'],
          resources: ['(iac:terraform:main.tf#aws_s3_bucket.logs)/*'],
        },
      ],
    ]);
    expect(reason(role, 'inlinePolicies[0][0].resources')).toBe(
      '"arn" of aws_s3_bucket.logs, known only after apply',
    );
    expect(result.resources.some((r) => r.id.includes('aws_iam_role_policy'))).toBe(false);
  });

  it('a KMS key with rotation off', () => {
    expect(get('aws_kms_key.logs').properties).toMatchObject({
      rotationEnabled: false,
      managedBy: 'customer',
    });
  });

  it('a provider alias: the region of aws.replica and the account of its assume_role ARN', () => {
    const trail = get('aws_cloudtrail.main');
    expect([trail.account, trail.region]).toEqual(['444455556666', 'eu-central-1']);
    expect(trail.properties).toMatchObject({
      multiRegion: true,
      logFileValidation: true,
      bucket: 'iac:terraform:main.tf#aws_s3_bucket.logs',
    });
  });

  it('reads a .tf.json file like HCL, with lines from the JSON', () => {
    const fn = get('aws_lambda_function.worker', 'lambda.tf.json');
    expect(fn.name).toBe('acme-prod-worker');
    expect(fn.properties).toMatchObject({
      runtime: 'python3.12',
      role: 'iac:terraform:main.tf#aws_iam_role.app',
      publicUrl: true,
      environmentEncryption: {
        enabled: true,
        keyType: 'customer-managed',
        keyId: 'iac:terraform:main.tf#aws_kms_key.logs',
      },
    });
    const file = join(dir, 'lambda.tf.json');
    expect(fn.source?.location).toBe(`${file}:${lineOf(file, '"worker": {')}`);
  });

  it('a remote module is not read: one issue at its block and a coverage gap; the rest is collected', () => {
    const main = join(dir, 'main.tf');
    expect(result.issues).toEqual([
      {
        file: main,
        line: lineOf(main, 'module "buckets"'),
        message:
          'module.buckets not collected: module.buckets comes from terraform-aws-modules/s3-bucket/aws, which is not read offline',
      },
    ]);
    expect(result.coverage).toMatchObject([{ provider: 'aws', service: '*', error: 'not-found' }]);
  });

  it('counts the types it does not normalize and does not count the ones merged into others', () => {
    expect(result.unknownTypes).toEqual({ 'terraform:aws_sqs_queue': 1 });
  });
});

describe('terraform collector: count, for_each and modules', () => {
  let result: CollectResult;
  beforeAll(async () => {
    result = await terraformCollector.collect(join(FIX, 'expansion'), ctx);
  });
  const ids = () => result.resources.map((r) => r.id).sort();

  it('produces exactly the instances the language implies', () => {
    expect(ids()).toEqual(
      [
        'iac:terraform:main.tf#aws_ebs_volume.pool',
        'iac:terraform:main.tf#aws_flow_log.blue',
        'iac:terraform:main.tf#aws_kms_key.data[0]',
        'iac:terraform:main.tf#aws_security_group.svc["api"]',
        'iac:terraform:main.tf#aws_security_group.svc["db"]',
        'iac:terraform:modules/bucket/main.tf#module.bucket[0].aws_s3_bucket.this',
        'iac:terraform:modules/bucket/main.tf#module.bucket[1].aws_s3_bucket.this',
        'iac:terraform:modules/vpc/main.tf#module.vpc["blue"].aws_vpc.this',
        'iac:terraform:modules/vpc/main.tf#module.vpc["green"].aws_vpc.this',
      ].sort(),
    );
    // count = var.enable_audit_key ? 1 : 0 with the default false: no aws_kms_key.audit at all.
    expect(result.issues).toEqual([]);
  });

  it('an unknown count gives one resource standing for all, with count and count.index unknown', () => {
    const pool = find(result, 'main.tf', 'aws_ebs_volume.pool');
    expect(reason(pool, 'count')).toBe(
      'aws_ebs_volume.pool: count is unknown (variable "volume_count" has no default and terraform.tfvars gives it no value)',
    );
    // size = 10 * (count.index + 1) is unknown; encrypted = true does not depend on the index.
    expect(pool.properties).not.toHaveProperty('sizeGb');
    expect(pool.properties?.encryption).toEqual({ enabled: true, keyType: 'provider' });
  });

  it('count from the length of a filtered for expression, and count.index in an argument', () => {
    // local.ports = [for name, svc in local.services : svc.port if svc.public] = [8443]
    expect(find(result, 'main.tf', 'aws_kms_key.data[0]').properties?.rotationEnabled).toBe(true);
  });

  it('for_each over a map of objects: each.key and each.value attributes', () => {
    const api = find(result, 'main.tf', 'aws_security_group.svc["api"]');
    const db = find(result, 'main.tf', 'aws_security_group.svc["db"]');
    expect([api.name, db.name]).toEqual(['sg-api', 'sg-db']);
    expect(api.properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 8443, to: 8443 },
        peers: ['0.0.0.0/0'],
      },
    ]);
    expect(db.properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 5432, to: 5432 },
        peers: ['10.0.0.0/8'],
      },
    ]);
  });

  it('module count and for_each: instance keys in addresses, inputs per instance, split resources merged', () => {
    const b0 = find(result, 'modules/bucket/main.tf', 'module.bucket[0].aws_s3_bucket.this');
    const b1 = find(result, 'modules/bucket/main.tf', 'module.bucket[1].aws_s3_bucket.this');
    // name = "${local.bucket_name}-${count.index}", bucket_name = "${local.base_name}-${upper("data")}"
    expect([b0.name, b1.name]).toEqual(['exp-DATA-0', 'exp-DATA-1']);
    expect(b0.properties?.versioning).toBe(true);
    const blue = find(result, 'modules/vpc/main.tf', 'module.vpc["blue"].aws_vpc.this');
    const green = find(result, 'modules/vpc/main.tf', 'module.vpc["green"].aws_vpc.this');
    expect([blue.properties?.cidrs, green.properties?.cidrs]).toEqual([['10.10.0.0/16'], ['10.20.0.0/16']]);
    expect([blue.name, green.name]).toEqual(['vpc-blue', 'vpc-green']);
    // aws_flow_log.blue: vpc_id = module.vpc["blue"].vpc_id, log_destination = module.bucket[0].arn
    expect(blue.properties?.flowLogs).toBe(true);
    expect(unknownPaths(green)).toContain('flowLogs');
    expect(find(result, 'main.tf', 'aws_flow_log.blue').properties).toMatchObject({
      target: blue.id,
      destination: b0.id,
      trafficType: 'all',
    });
  });

  it('without allowed_account_ids or assume_role the account is unknown, with the reason', () => {
    const pool = find(result, 'main.tf', 'aws_ebs_volume.pool');
    expect(pool.account).toBe('unknown');
    expect(reason(pool, 'account')).toContain('not stated');
  });
});

describe('terraform collector: azurerm and google resources', () => {
  let result: CollectResult;
  beforeAll(async () => {
    result = await terraformCollector.collect(join(FIX, 'azure-gcp'), ctx);
  });
  const get = (address: string) => find(result, 'main.tf', address);

  it('an NSG with inline rules, a separate rule with two port ranges, the default rules and its subnet', () => {
    const nsg = get('azurerm_network_security_group.web');
    expect([nsg.provider, nsg.service, nsg.account, nsg.region]).toEqual([
      'azure',
      'virtual-network',
      '00000000-0000-0000-0000-000000000001',
      'westeurope',
    ]);
    const rules = nsg.properties?.rules as { priority: number; peers: string[]; ports: unknown }[];
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
        protocol: 'tcp',
        ports: { from: 443, to: 443 },
        peers: ['service-tag:Internet'],
        priority: 110,
        description: 'https',
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 3389, to: 3389 },
        peers: ['10.0.0.0/8', '192.168.1.10/32'],
        priority: 200,
        description: 'mgmt',
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 5985, to: 5986 },
        peers: ['10.0.0.0/8', '192.168.1.10/32'],
        priority: 200,
        description: 'mgmt',
      },
    ]);
    expect(rules.slice(4).map((r) => r.priority)).toEqual([65000, 65001, 65500, 65000, 65001, 65500]);
    expect(nsg.properties?.attachedTo).toEqual(['iac:terraform:main.tf#azurerm_subnet.web']);
  });

  it('storage accounts: nested items allowed and a public container; a locked-down account', () => {
    expect(get('azurerm_storage_account.data').properties).toMatchObject({
      publicAccessBlocked: false,
      publicRead: true,
      publicWrite: false,
      minTlsVersion: 'TLS1_0',
      tlsOnly: true,
      replication: true,
      encryption: { enabled: true, keyType: 'provider' },
    });
    const locked = get('azurerm_storage_account.locked');
    expect(locked.region).toBe('northeurope');
    expect(locked.properties).toMatchObject({
      publicAccessBlocked: true,
      publicRead: false,
      versioning: true,
    });
  });

  it('a Linux VM with password authentication, a key vault without purge protection, an open SQL server', () => {
    expect(get('azurerm_linux_virtual_machine.app').properties).toMatchObject({
      os: 'linux',
      passwordAuthentication: true,
      disksEncrypted: true,
      interfaces: ['iac:terraform:main.tf#azurerm_network_interface.app'],
      image: 'Canonical:0001-com-ubuntu-server-jammy:22_04-lts:latest',
    });
    expect(get('azurerm_key_vault.main').properties).toMatchObject({ deletionProtection: false });
    expect(get('azurerm_mssql_server.main').properties).toMatchObject({
      engine: 'sqlserver',
      publiclyAccessible: true,
      firewallCidrs: ['0.0.0.0/0'],
      allowAzureServices: true,
    });
  });

  it('GCP firewall rules: targets, source tags, and the 0.0.0.0/0 default of an egress rule', () => {
    const ssh = get('google_compute_firewall.ssh');
    expect([ssh.provider, ssh.service, ssh.account, ssh.region]).toEqual([
      'gcp',
      'vpc',
      'acme-analytics',
      'europe-west1',
    ]);
    expect(ssh.properties).toMatchObject({
      targets: ['tag:bastion'],
      rules: [
        {
          direction: 'ingress',
          action: 'allow',
          protocol: 'tcp',
          ports: { from: 22, to: 22 },
          peers: ['0.0.0.0/0'],
          priority: 1000,
        },
      ],
    });
    expect(get('google_compute_firewall.internal').properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 0, to: 65535 },
        peers: ['tag:web'],
        priority: 500,
      },
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'icmp',
        ports: { from: 0, to: 65535 },
        peers: ['tag:web'],
        priority: 500,
      },
    ]);
    expect(get('google_compute_firewall.deny_egress').properties?.rules).toEqual([
      {
        direction: 'egress',
        action: 'deny',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0'],
        priority: 1000,
      },
    ]);
  });

  it('a GCS bucket public through an allUsers IAM member; one with public access prevention enforced', () => {
    const pub = get('google_storage_bucket.public');
    expect(pub.name).toBe('acme-analytics-public');
    expect(pub.region).toBe('eu');
    expect(pub.properties).toMatchObject({
      publicRead: true,
      publicWrite: false,
      publicAccessBlocked: false,
      uniformAccess: true,
      policy: [{ effect: 'allow', actions: ['roles/storage.objectViewer'], principals: ['allUsers'] }],
    });
    expect(get('google_storage_bucket.private').properties).toMatchObject({
      publicRead: false,
      publicAccessBlocked: true,
      versioning: true,
    });
  });

  it('a GCE instance with the serial port on, Cloud SQL open to the world, CMEK rotation', () => {
    const vm = get('google_compute_instance.vm');
    expect(vm.region).toBe('europe-west1');
    expect(vm.properties).toMatchObject({
      serialConsole: true,
      projectSshKeysBlocked: false,
      disksEncrypted: true,
    });
    expect(unknownPaths(vm)).toContain('publicIps');
    expect(get('google_sql_database_instance.db').properties).toMatchObject({
      engine: 'postgres',
      engineVersion: '15',
      publiclyAccessible: true,
      firewallCidrs: ['0.0.0.0/0'],
      tlsRequired: false,
    });
    expect(get('google_kms_crypto_key.rotated').properties).toMatchObject({
      rotationEnabled: true,
      rotationPeriodDays: 90,
    });
    expect(get('google_kms_crypto_key.static').properties).toMatchObject({ rotationEnabled: false });
  });

  it('counts the azurerm and google types it does not normalize', () => {
    expect(result.unknownTypes).toEqual({
      'terraform:azurerm_network_interface': 1,
      'terraform:azurerm_resource_group': 1,
      'terraform:azurerm_subnet': 1,
      'terraform:google_kms_key_ring': 1,
    });
  });
});

describe('terraform collector: malformed files', () => {
  it('reports each malformed file with its line and still collects the others', async () => {
    const dir = join(FIX, 'malformed');
    const result = await terraformCollector.collect(dir, ctx);
    expect(result.issues).toEqual([
      {
        file: join(dir, 'broken.tf'),
        line: 3,
        column: 11,
        message:
          'Invalid expression: Expected the start of an expression, but found an invalid expression token.',
      },
      expect.objectContaining({ file: join(dir, 'broken.tf.json'), line: 4 }),
    ]);
    expect(result.resources.map((r) => r.id)).toEqual(['iac:terraform:good.tf#aws_kms_key.ok']);
  });

  it('detects a folder holding .tf files, and single .tf / .tf.json files', () => {
    expect(terraformCollector.detect(join(FIX, 'aws'), '')).toBe(true);
    expect(terraformCollector.detect(FIX, '')).toBe(false);
    expect(terraformCollector.detect('x/main.tf', '')).toBe(true);
    expect(terraformCollector.detect('x/main.tf.json', '')).toBe(true);
    expect(terraformCollector.detect('x/plan.json', '{}')).toBe(false);
  });
});
