import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog/index.js';
import { checkProperties, ResourceSchema } from '../../core/index.js';
import { type CollectionReport, collectPaths } from '../collect.js';
import {
  armCollector,
  cloudformationCollector,
  IAC_COLLECTORS,
  terraformCollector,
  terraformPlanCollector,
} from './index.js';

const FIX = 'test/fixtures/inventory/iac';

describe('infrastructure-as-code collectors', () => {
  let report: CollectionReport;
  beforeAll(async () => {
    report = await collectPaths([FIX], IAC_COLLECTORS, { collectedAt: '2025-01-15T10:00:00.000Z' });
  });

  it('are exported under their formats', () => {
    expect(IAC_COLLECTORS.map((c) => c.format)).toEqual([
      'terraform',
      'terraform-plan',
      'cloudformation',
      'arm',
    ]);
    expect([terraformCollector, terraformPlanCollector, cloudformationCollector, armCollector]).toEqual(
      IAC_COLLECTORS,
    );
    expect(terraformCollector.wantsDirectory).toBe(true);
  });

  it('pick each fixture by detection; a malformed file is one issue and the others are still read', () => {
    expect(report.sources.map((s) => [s.path.slice(FIX.length + 1), s.format, s.issues])).toEqual([
      ['arm/bad-record.json', 'arm', 1],
      ['arm/broken.json', 'arm', 1],
      ['arm/template.json', 'arm', 0],
      ['cloudformation/bad-record.yaml', 'cloudformation', 1],
      ['cloudformation/broken.json', 'cloudformation', 1],
      ['cloudformation/broken.yaml', 'cloudformation', 1],
      ['cloudformation/stack.json', 'cloudformation', 0],
      ['cloudformation/stack.yaml', 'cloudformation', 0],
      ['terraform/aws', 'terraform', 1],
      ['terraform/azure-gcp', 'terraform', 0],
      ['terraform/expansion', 'terraform', 0],
      ['terraform/malformed', 'terraform', 2],
      ['terraform-plan/plan.json', 'terraform-plan', 0],
      ['terraform-plan/truncated.json', 'terraform-plan', 1],
    ]);
    expect(report.unrecognised).toEqual([]);
    for (const issue of report.issues) expect(issue.file.startsWith(FIX)).toBe(true);
    for (const issue of report.issues.filter((i) => !i.message.includes('module.buckets')))
      expect(issue.line, issue.message).toBeGreaterThan(0);
  });

  it('produce resources valid for the model, with normalized properties and iac sources', () => {
    expect(report.resources.length).toBeGreaterThan(60);
    for (const r of report.resources) {
      const parsed = ResourceSchema.safeParse(r);
      expect(parsed.success, `${r.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(checkProperties(r.kind, r.properties ?? {}), r.id).toEqual([]);
      expect(r.id).toMatch(/^iac:(terraform|terraform-plan|cloudformation|arm):[^#]+#.+/);
      expect(r.source.type).toBe('iac');
      expect(r.source.location).toMatch(/:\d+$/);
      expect(() => JSON.stringify(r.raw)).not.toThrow();
    }
  });

  it('give every resource a service of the catalog', () => {
    const catalog = loadCatalog();
    for (const r of report.resources)
      expect(() => catalog.service(r.provider, r.service), r.id).not.toThrow();
  });

  it('list a property as unknown only when it is absent, or a list known in part', () => {
    for (const r of report.resources)
      for (const u of r.unknown ?? []) {
        const v = r.properties?.[u.path];
        if (v !== undefined) expect(Array.isArray(v), `${r.id} ${u.path}`).toBe(true);
      }
  });

  it('relate resources with the relation types of the model, to ids of the same tool', () => {
    const types = new Set([
      'in-vpc',
      'in-subnet',
      'has-interface',
      'attached-to',
      'uses-security-group',
      'uses-key',
      'uses-role',
      'logs-to',
      'member-of',
      'routes-via',
      'protects',
    ]);
    for (const r of report.resources) {
      const tool = r.id.split(':')[1];
      for (const rel of r.relations ?? []) {
        expect(types.has(rel.type), rel.type).toBe(true);
        if (rel.target.startsWith('iac:'))
          expect(rel.target.startsWith(`iac:${tool}:`), rel.target).toBe(true);
      }
    }
    expect(new Set(report.resources.map((r) => r.id)).size).toBe(report.resources.length);
  });

  it('reads a single Terraform file when given one', async () => {
    const r = await terraformCollector.collect(join(FIX, 'terraform/malformed/good.tf'), {
      collectedAt: '2025-01-15T10:00:00.000Z',
    });
    expect(r.resources.map((x) => x.id)).toEqual(['iac:terraform:good.tf#aws_kms_key.ok']);
    expect(r.issues).toEqual([]);
  });
});
