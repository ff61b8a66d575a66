import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResourceInput } from '../../../core/index.js';
import type { CollectResult } from '../../types.js';
import { Unknown } from '../value.js';
import { normalizeTerraform } from './mapping.js';
import { terraformPlanCollector } from './plan.js';

const FIX = 'test/fixtures/inventory/iac/terraform-plan';
const PLAN = join(FIX, 'plan.json');
const ctx = { collectedAt: '2025-01-15T10:00:00.000Z' };

const reason = (r: ResourceInput, path: string) => (r.unknown ?? []).find((u) => u.path === path)?.reason;

describe('terraform-plan collector', () => {
  let result: CollectResult;
  beforeAll(async () => {
    result = await terraformPlanCollector.collect(PLAN, ctx);
  });
  const get = (address: string) => {
    const r = result.resources.find((x) => x.id === `iac:terraform-plan:plan.json#${address}`);
    if (!r) throw new Error(`no ${address}`);
    return r;
  };

  it('reads planned values of the root and child modules, with their addresses', () => {
    expect(result.resources.map((r) => r.id.split('#')[1])).toEqual([
      'aws_s3_bucket.assets',
      'aws_security_group.ssh',
      'aws_ebs_volume.logs',
      'aws_db_instance.main',
      'aws_kms_key.main',
      'aws_iam_policy.wildcard',
      'aws_instance.app',
      'module.network.aws_vpc.this',
      'module.network.aws_flow_log.this',
    ]);
    expect(result.issues).toEqual([]);
    expect(result.unknownTypes).toEqual({
      'terraform:aws_sqs_queue': 1,
      'terraform:aws_cloudwatch_log_group': 1,
    });
  });

  it('takes account and region from the provider configuration', () => {
    const b = get('aws_s3_bucket.assets');
    expect([b.account, b.region, b.source?.collector]).toEqual([
      '123456789012',
      'eu-west-1',
      'terraform-plan',
    ]);
  });

  it('attributes in after_unknown are unknown (known after apply), not false', () => {
    const app = get('aws_instance.app');
    expect(app.properties).not.toHaveProperty('disksEncrypted');
    expect(reason(app, 'disksEncrypted')).toBe(
      'aws_instance.app.root_block_device is known only after apply',
    );
    expect(reason(app, 'publicIps')).toBe(
      'aws_instance.app.associate_public_ip_address is known only after apply',
    );
    expect(reason(app, 'subnet')).toBe('aws_instance.app.subnet_id is known only after apply');
    // metadata_options is partly unknown (hop limit) but http_tokens is planned.
    expect(app.properties?.metadataTokensRequired).toBe(true);
    // vpc_security_group_ids is unknown in the plan; the configuration's references name the group.
    expect(app.properties?.securityGroups).toEqual(['iac:terraform-plan:plan.json#aws_security_group.ssh']);
  });

  it('merges split bucket resources whose bucket is unknown in the plan, through configuration references', () => {
    expect(get('aws_s3_bucket.assets').properties).toMatchObject({
      publicAccessBlocked: false,
      publicRead: true,
      publicWrite: false,
      uniformAccess: false,
      encryption: { enabled: true, keyType: 'provider' },
    });
  });

  it('security group rules from the planned ingress and egress, the VPC through a module output', () => {
    const sg = get('aws_security_group.ssh');
    expect(sg.properties?.rules).toEqual([
      {
        direction: 'ingress',
        action: 'allow',
        protocol: 'tcp',
        ports: { from: 22, to: 22 },
        peers: ['0.0.0.0/0'],
        description: 'ssh',
      },
      {
        direction: 'egress',
        action: 'allow',
        protocol: 'all',
        ports: { from: 0, to: 65535 },
        peers: ['0.0.0.0/0', '::/0'],
      },
    ]);
    expect(sg.properties?.vpc).toBe('iac:terraform-plan:plan.json#module.network.aws_vpc.this');
  });

  it('an unencrypted volume and database, a key without rotation, a wildcard policy', () => {
    expect(get('aws_ebs_volume.logs').properties?.encryption).toEqual({ enabled: false, keyType: 'none' });
    expect(get('aws_db_instance.main').properties).toMatchObject({
      encryption: { enabled: false, keyType: 'none' },
      backupRetentionDays: 7,
      publiclyAccessible: false,
    });
    expect(get('aws_kms_key.main').properties?.rotationEnabled).toBe(false);
    expect(get('aws_iam_policy.wildcard').properties?.statements).toEqual([
      { effect: 'allow', actions: ['*'], resources: ['*'] },
    ]);
  });

  it('links a flow log to its VPC and log group in the child module', () => {
    expect(get('module.network.aws_flow_log.this').properties).toMatchObject({
      target: 'iac:terraform-plan:plan.json#module.network.aws_vpc.this',
      destination: 'iac:terraform-plan:plan.json#module.network.aws_cloudwatch_log_group.flow',
      trafficType: 'all',
    });
    expect(get('module.network.aws_vpc.this').properties?.flowLogs).toBe(true);
  });

  it('locates each resource at its line in planned_values', () => {
    const lines = readFileSync(PLAN, 'utf8').split('\n');
    const address = lines.findIndex((l) => l.includes('"address": "aws_kms_key.main"'));
    // The resource object opens on the line before its first key.
    expect(get('aws_kms_key.main').source?.location).toBe(`${PLAN}:${address}`);
  });

  it('reports a truncated plan as one issue with its line, and nothing else', async () => {
    const file = join(FIX, 'truncated.json');
    const r = await terraformPlanCollector.collect(file, ctx);
    expect(r.resources).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file });
    expect(r.issues[0]?.line).toBeGreaterThan(20);
  });

  it('detects terraform show -json output and nothing else', () => {
    const head = readFileSync(PLAN, 'utf8').slice(0, 1024);
    expect(terraformPlanCollector.detect(PLAN, head)).toBe(true);
    expect(terraformPlanCollector.detect('x.json', '{"$schema": "deploymentTemplate.json"}')).toBe(false);
    expect(terraformPlanCollector.detect('main.tf', 'resource "x" "y" {}')).toBe(false);
  });
});

describe('one mapping for HCL and plans', () => {
  it('normalizes the same attributes to the same properties whatever read them', () => {
    const attrs = { enable_key_rotation: true, rotation_period_in_days: 90, is_enabled: false };
    const base = { type: 'aws_kms_key', refs: {}, providerName: 'aws', raw: {} };
    const hcl = normalizeTerraform([{ ...base, address: 'aws_kms_key.k', id: 'a', attrs }], {
      collector: 'terraform',
      collectedAt: ctx.collectedAt,
    });
    const plan = normalizeTerraform(
      [
        {
          ...base,
          address: 'aws_kms_key.k',
          id: 'b',
          attrs: { ...attrs, policy: new Unknown('known after apply') },
        },
      ],
      { collector: 'terraform-plan', collectedAt: ctx.collectedAt },
    );
    expect(hcl.resources[0]?.properties).toMatchObject({
      rotationEnabled: true,
      rotationPeriodDays: 90,
      state: 'Disabled',
    });
    expect(plan.resources[0]?.properties).toMatchObject({
      rotationEnabled: true,
      rotationPeriodDays: 90,
      state: 'Disabled',
    });
  });
});
